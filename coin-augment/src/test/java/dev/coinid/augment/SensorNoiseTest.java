package dev.coinid.augment;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The sensor-noise option: drawn only when on, reproducible from its seed, in whole 8-bit steps. */
class SensorNoiseTest {

    /** The polar preset as it was before the shadow, the white-balance gains and the recentring were part of it. */
    private static final Augmentation WITHOUT_SHADOW = Augmentation.polarPreset().toBuilder().polarShadowRange(0, 0)
            .colorGainRange(1, 1).polarCentreShiftRange(0, 0).polarRimScaleRange(1, 1).build();

    private static final RgbImage GREY = RgbImage.filled(64, 64, 100, 100, 100);

    private static float[] render(Transform transform) {
        FloatBuffer out = FloatBuffer.allocate(3 * 64 * 64);
        AffineAugmenter.nearestFill().applyInto(GREY, transform, 1, out, 0);
        return out.array();
    }

    @Test
    void noiseOfAStandardDeviationIsAddedAndRoundedToWholeSteps() {
        float[] values = render(Transform.identity().withNoise(5, 7));
        double mean = 0;
        for (float v : values) {
            assertThat(v).isEqualTo(Math.round(v));
            mean += v / values.length;
        }
        double variance = 0;
        for (float v : values) {
            variance += (v - mean) * (v - mean) / values.length;
        }
        assertThat(mean).isCloseTo(100, within(0.5));
        // rounding adds about 1/12 to the variance of 25
        assertThat(Math.sqrt(variance)).isCloseTo(5, within(0.3));
    }

    @Test
    void theSameSeedGivesTheSameNoiseAndAnotherSeedOther() {
        assertThat(render(Transform.identity().withNoise(5, 7))).isEqualTo(render(Transform.identity().withNoise(5, 7)));
        assertThat(render(Transform.identity().withNoise(5, 8))).isNotEqualTo(render(Transform.identity().withNoise(5, 7)));
        assertThat(Transform.identity().withNoise(5, 7).isColorIdentity()).isFalse();
    }

    @Test
    void aSpecWithoutNoiseDrawsTheTransformsItDrewBefore() {
        Augmentation without = WITHOUT_SHADOW;
        Augmentation with = without.toBuilder().noiseRange(0, 8).build();
        SplittableRandom a = new SplittableRandom(3);
        SplittableRandom b = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            Transform plain = without.randomTransform(a, 128, 32);
            Transform noisy = with.randomTransform(b, 128, 32);
            assertThat(plain.noise()).isZero();
            assertThat(noisy.noise()).isBetween(0.0, 8.0);
            // the noise is drawn last: the first transform's other parameters are the same
            if (i == 0) {
                assertThat(noisy.withNoise(0, 0)).isEqualTo(plain);
            }
        }
        assertThat(with).isNotEqualTo(without);
        assertThat(with.isIdentity()).isFalse();
        assertThat(with.toString()).contains("noiseRange=[0.0, 8.0]");
        assertThat(without.toString()).doesNotContain("noise");
    }

    @Test
    void aBadRangeIsRefusedWithItsName() {
        assertThatThrownBy(() -> Augmentation.builder().noiseRange(-1, 3)).hasMessageContaining("noiseRange");
        assertThatThrownBy(() -> Augmentation.builder().noiseRange(5, 3)).hasMessageContaining("noiseRange");
        assertThatThrownBy(() -> Augmentation.builder().noiseRange(0, 100)).hasMessageContaining("noiseRange");
    }
}
