package dev.coinid.model.engine;

import dev.coinid.image.Fit;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Per-channel standardisation makes a network blind to a colour cast; per-image standardisation does not. */
class PerChannelStandardizationTest {

    private static final int SIZE = 24;

    @Test
    void aWhiteBalanceErrorDoesNotChangeThePrediction() {
        float[] plain = picture(1, 1, 1);
        float[] warm = picture(1.4f, 1.0f, 0.6f);
        try (TrainingEngine engine = engine(Normalization.PER_CHANNEL_STANDARDIZATION)) {
            float[] p = engine.forward(FloatBuffer.wrap(plain), 1);
            float[] q = engine.forward(FloatBuffer.wrap(warm), 1);
            for (int c = 0; c < p.length; c++) {
                assertThat(q[c]).isCloseTo(p[c], within(1e-4f));
            }
        }
    }

    @Test
    void perImageStandardizationStillSeesTheColourCast() {
        try (TrainingEngine engine = engine(Normalization.PER_IMAGE_STANDARDIZATION)) {
            assertThat(ForwardDifference.between(engine, picture(1, 1, 1), picture(1.4f, 1.0f, 0.6f))).isGreaterThan(1e-4);
        }
    }

    private static TrainingEngine engine(Normalization normalization) {
        return TrainingEngine.builder()
                .preprocessing(new Preprocessing(SIZE, SIZE, Fit.STRETCH, 1 / 255f, normalization))
                .architecture(Architectures.robustCnn()).classes(3).seed(5).threads(1).build();
    }

    /** The same random picture, each channel multiplied by its gain. */
    private static float[] picture(float red, float green, float blue) {
        SplittableRandom random = new SplittableRandom(11);
        float[] gains = {red, green, blue};
        float[] values = new float[SIZE * SIZE * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble(0.1, 0.6) * gains[i % 3];
        }
        return values;
    }
}
