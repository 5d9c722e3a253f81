package dev.coinid.augment;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A shadow across a coin unwrapped into polar coordinates: one side of a straight line darkened. */
class PolarShadowTest {

    /** The polar preset as it was before the shadow, the white-balance gains and the recentring were part of it. */
    private static final Augmentation WITHOUT_SHADOW = Augmentation.polarPreset().toBuilder().polarShadowRange(0, 0)
            .colorGainRange(1, 1).polarCentreShiftRange(0, 0).polarRimScaleRange(1, 1).build();

    private static final int ANGLES = 128;
    private static final int RADII = 32;

    private static float value(float[] rgb, int column, int row) {
        return rgb[3 * (row * ANGLES + column)];
    }

    @Test
    void theSideBeyondTheLineIsDarkenedByTheDepthAndTheOtherKept() {
        FloatBuffer out = FloatBuffer.allocate(3 * ANGLES * RADII);
        // edge through the centre, its normal along column 0: columns near 0 (right of the coin) are in shadow
        AffineAugmenter.nearestFill().applyInto(RgbImage.filled(ANGLES, RADII, 100, 100, 100),
                Transform.identity().withPolarShadow(0.5, 0, 0), 1, out, 0);
        float[] rgb = out.array();

        assertThat(value(rgb, 0, RADII - 1)).as("at the rim, in shadow").isCloseTo(50, within(0.5f));
        assertThat(value(rgb, ANGLES / 2, RADII - 1)).as("at the rim, opposite").isCloseTo(100, within(0.5f));
        assertThat(value(rgb, ANGLES / 4, RADII - 1)).as("on the edge").isCloseTo(75, within(0.5f));
        double centre = 0;
        for (int column = 0; column < ANGLES; column++) {
            centre += value(rgb, column, 0) / ANGLES;
        }
        assertThat(centre).as("round the centre, which the edge crosses").isCloseTo(75, within(0.5));
        assertThat(Transform.identity().withPolarShadow(0.5, 0, 0).isColorIdentity()).isFalse();
    }

    @Test
    void drawnOnlyWhenOnAndWithinItsRange() {
        Augmentation with = WITHOUT_SHADOW.toBuilder().polarShadowRange(0.2, 0.6).build();
        SplittableRandom a = new SplittableRandom(5);
        SplittableRandom b = new SplittableRandom(5);
        Transform plain = WITHOUT_SHADOW.randomTransform(a, ANGLES, RADII);
        Transform shaded = with.randomTransform(b, ANGLES, RADII);
        assertThat(plain.shadowDepth()).isZero();
        assertThat(shaded.shadowDepth()).isBetween(0.2, 0.6);
        assertThat(shaded.shadowOffset()).isBetween(-0.6, 0.6);
        assertThat(shaded.withPolarShadow(0, 0, 0)).isEqualTo(plain);
        assertThat(with.toString()).contains("polarShadowRange=[0.2, 0.6]");
        assertThat(with).isNotEqualTo(WITHOUT_SHADOW);
        assertThatThrownBy(() -> Augmentation.builder().polarShadowRange(0, 1.5)).hasMessageContaining("polarShadowRange");
    }
}
