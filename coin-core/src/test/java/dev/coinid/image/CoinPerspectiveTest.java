package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.synthetic.TiltedCamera;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

class CoinPerspectiveTest {

    private static final SyntheticDesigns DESIGNS = SyntheticDesigns.withSeed(11);
    private static final int WIDTH = 400;
    private static final int HEIGHT = 320;
    private static final SyntheticDesigns.Shot SHOT = new SyntheticDesigns.Shot(0, 135, 0.62, 0.5, 0.5, 0, 0, 5);
    private static final CoinOutline COIN = SHOT.coinIn(WIDTH, HEIGHT);
    /** A 2-euro coin's radius in millimetres. */
    private static final double COIN_RADIUS_MM = TiltedCamera.COIN_DIAMETER_MM / 2;

    @ParameterizedTest(name = "tilt {0} about {1} degrees, camera {2} radii away")
    @CsvSource({"45, 60, 9.3", "30, 200, 9.3", "40, 315, 6", "20, 10, 20"})
    void oneOfTheTwoReadingsOfATiltedRimIsTheViewThatDrewIt(double tilt, double axis, double radii) {
        CoinPerspective drawn = new CoinPerspective(210, 160, 100, Math.toRadians(tilt), Math.toRadians(axis), radii * 100);
        CoinEllipse rim = drawn.rim();

        List<CoinPerspective> readings = CoinPerspective.fittedTo(rim, radii);

        assertThat(readings).hasSize(2);
        for (CoinPerspective reading : readings) {
            // both readings draw the same rim ...
            CoinEllipse seen = reading.rim();
            assertThat(seen.centerX()).isCloseTo(rim.centerX(), offset(0.2));
            assertThat(seen.centerY()).isCloseTo(rim.centerY(), offset(0.2));
            assertThat(seen.semiMajor()).isCloseTo(rim.semiMajor(), offset(0.2));
            assertThat(seen.semiMinor()).isCloseTo(rim.semiMinor(), offset(0.2));
        }
        // ... and the one turned the right way is the view that drew it
        CoinPerspective right = readings.stream().filter(r -> angleBetween(r.axis(), drawn.axis()) < Math.PI / 2)
                .findFirst().orElseThrow();
        assertThat(right.centerX()).isCloseTo(drawn.centerX(), offset(0.5));
        assertThat(right.centerY()).isCloseTo(drawn.centerY(), offset(0.5));
        assertThat(right.radius()).isCloseTo(drawn.radius(), offset(0.5));
        assertThat(Math.toDegrees(right.tilt())).isCloseTo(tilt, offset(0.5));
        assertThat(Math.toDegrees(angleBetween(right.axis(), drawn.axis()))).isLessThan(0.5);
    }

    @Test
    void aDistantCameraSeesTheRimsEllipse() {
        CoinPerspective distant = new CoinPerspective(200, 150, 80, Math.toRadians(40), Math.toRadians(30),
                Double.POSITIVE_INFINITY);

        CoinEllipse rim = distant.rim();

        assertThat(rim.centerX()).isCloseTo(200, offset(1e-6));
        assertThat(rim.centerY()).isCloseTo(150, offset(1e-6));
        assertThat(rim.semiMajor()).isCloseTo(80, offset(1e-6));
        assertThat(rim.axisRatio()).isCloseTo(Math.cos(Math.toRadians(40)), offset(1e-6));
        assertThat(rim.angle()).isCloseTo(Math.toRadians(30), offset(1e-6));
    }

    @Test
    void undoesACloseUpBetterThanTheEllipsesStretch() {
        RgbImage flat = DESIGNS.photo(7, SHOT, WIDTH, HEIGHT);
        TiltedCamera camera = new TiltedCamera(45, 100, TiltedCamera.CLOSE_UP_MM);
        RgbImage tilted = camera.view(flat, COIN);
        int size = 160;
        RgbImage flatCut = TiltedCoinLocator.cutOut(flat, CoinEllipse.circle(COIN), size, 128);
        CoinPerspective truth = new CoinPerspective(COIN.centerX(), COIN.centerY(), COIN.radius(), Math.toRadians(45),
                Math.toRadians(100), TiltedCamera.CLOSE_UP_MM / COIN_RADIUS_MM * COIN.radius());
        CoinEllipse rim = truth.rim();

        RgbImage stretched = TiltedCoinLocator.cutOut(tilted, rim, size, 128);
        double stretchedDifference = DiscDifference.mean(stretched, flatCut, rim.angle());
        double best = Double.MAX_VALUE;
        for (CoinPerspective reading : CoinPerspective.fittedTo(rim, TiltedCamera.CLOSE_UP_MM / COIN_RADIUS_MM)) {
            best = Math.min(best, DiscDifference.mean(reading.cutOut(tilted, size, 128), flatCut, 0));
        }

        // the perspective cut-out is the flat coin, unturned; the stretch leaves it skewed
        assertThat(best).isLessThan(8).isLessThan(0.6 * stretchedDifference);
    }

    @Test
    void refusesWhatIsNoView() {
        assertThatThrownBy(() -> new CoinPerspective(0, 0, 10, Math.PI / 2, 0, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tilt");
        assertThatThrownBy(() -> new CoinPerspective(0, 0, 10, 0.5, 0, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distance");
        assertThatThrownBy(() -> CoinPerspective.fittedTo(new CoinEllipse(0, 0, 10, 8, 0), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("farther");
    }

    /** The smaller angle between two directed axes, in radians (0 to pi). */
    private static double angleBetween(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return Math.min(d, 2 * Math.PI - d);
    }
}
