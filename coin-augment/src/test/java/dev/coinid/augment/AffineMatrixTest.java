package dev.coinid.augment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AffineMatrixTest {

    private static final double EPS = 1e-12;

    private static void assertMatrix(AffineMatrix m, double... expected) {
        double[] actual = {m.m00(), m.m01(), m.m02(), m.m10(), m.m11(), m.m12()};
        assertThat(actual).as(m.toString()).containsExactly(expected, within(EPS));
    }

    @Test
    void identityTransformSamplesEveryPixelFromItself() {
        AffineMatrix m = Transform.identity().matrix(17, 9);
        assertThat(m.isIdentity()).isTrue();
        assertThat(m).isEqualTo(AffineMatrix.identity());
    }

    @Test
    void quarterTurnOnSixteenPixelsHasWholeNumberEntries() {
        // about the centre (7.5, 7.5): source x = 15 - y, source y = x
        assertMatrix(Transform.identity().withRotation(90).matrix(16, 16), 0, -1, 15, 1, 0, 0);
    }

    @Test
    void shiftIsAppliedBeforeTheRotationAsInKeras() {
        // R(90) * T(2, 0) * Zoom(0.5, 1) about centre (5, 5) of an 11x11 picture:
        // linear part R * Z = [[0, -1], [0.5, 0]]; translation R * (2, 0) = (0, 2)
        // offset = c + R t - (R Z) c = (5 + 0 + 5, 5 + 2 - 2.5)
        Transform t = Transform.identity().withRotation(90).withShift(2, 0).withZoom(0.5, 1);
        assertMatrix(t.matrix(11, 11), 0, -1, 10, 0.5, 0, 4.5);
    }

    @Test
    void shearMatrixIsKerasShearAboutTheCentre() {
        // Keras: [[1, -sin(s), 0], [0, cos(s), 0]], centred on (10, 4) for a 21x9 picture
        double sin = Math.sin(Math.toRadians(30));
        double cos = Math.cos(Math.toRadians(30));
        assertMatrix(Transform.identity().withShear(30).matrix(21, 9), 1, -sin, sin * 4, 0, cos, 4 - cos * 4);
    }

    @Test
    void centreOfTheShiftedPictureComesFromTheShiftedCentre() {
        AffineMatrix m = Transform.identity().withRotation(37).withShear(12).withZoom(0.8, 1.3).matrix(31, 31);
        // with no shift the centre stays the centre whatever the rotation, shear and zoom
        assertThat(m.sourceX(15, 15)).isCloseTo(15, within(1e-9));
        assertThat(m.sourceY(15, 15)).isCloseTo(15, within(1e-9));
    }

    @Test
    void determinantIsTheProductOfZoomAndShearCosine() {
        AffineMatrix m = new Transform(123, 3, -4, 25, 0.7, 1.2, 1, 0, 1, 1, 1, 1, 1).matrix(64, 64);
        assertThat(m.determinant()).isCloseTo(0.7 * 1.2 * Math.cos(Math.toRadians(25)), within(1e-12));
    }
}
