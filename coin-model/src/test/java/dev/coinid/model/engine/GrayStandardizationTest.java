package dev.coinid.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coinid.image.Fit;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Grey standardisation makes a network blind to colour: only each pixel's luminance reaches it. */
class GrayStandardizationTest {

    private static final int SIZE = 16;

    @Test
    void picturesOfEqualLuminanceButOtherColoursGiveTheSamePrediction() {
        try (TrainingEngine engine = engine(Normalization.GRAY_STANDARDIZATION)) {
            float[] p = engine.forward(FloatBuffer.wrap(picture(false)), 1);
            float[] q = engine.forward(FloatBuffer.wrap(picture(true)), 1);
            for (int c = 0; c < p.length; c++) {
                assertThat(q[c]).isCloseTo(p[c], within(1e-4f));
            }
        }
    }

    @Test
    void perImageStandardizationTellsThoseColoursApart() {
        try (TrainingEngine engine = engine(Normalization.PER_IMAGE_STANDARDIZATION)) {
            assertThat(ForwardDifference.between(engine, picture(false), picture(true))).isGreaterThan(1e-4);
        }
    }

    @Test
    void aBrighterPictureGivesTheSamePrediction() {
        float[] dim = picture(false);
        float[] bright = dim.clone();
        for (int i = 0; i < bright.length; i++) {
            bright[i] = 1.5f * bright[i] + 0.1f;
        }
        try (TrainingEngine engine = engine(Normalization.GRAY_STANDARDIZATION)) {
            float[] p = engine.forward(FloatBuffer.wrap(dim), 1);
            float[] q = engine.forward(FloatBuffer.wrap(bright), 1);
            for (int c = 0; c < p.length; c++) {
                assertThat(q[c]).isCloseTo(p[c], within(1e-4f));
            }
        }
    }

    private static TrainingEngine engine(Normalization normalization) {
        return TrainingEngine.builder()
                .preprocessing(new Preprocessing(SIZE, SIZE, Fit.STRETCH, 1 / 255f, normalization))
                .architecture(Architectures.robustCnn()).classes(3).seed(5).threads(1).build();
    }

    /**
     * A random grey-level picture; when {@code tinted}, each pixel's colour is moved along a
     * direction of zero luminance (red up, green down, blue to compensate), so its grey value stays.
     */
    private static float[] picture(boolean tinted) {
        SplittableRandom random = new SplittableRandom(3);
        float[] values = new float[SIZE * SIZE * 3];
        for (int i = 0; i < values.length; i += 3) {
            float grey = (float) random.nextDouble(0.3, 0.7);
            float tint = (float) random.nextDouble(0, 0.2) * (tinted ? 1 : 0);
            // 0.299 * 0.587 - 0.587 * 0.299 = 0: the tint keeps the luminance
            values[i] = grey + 0.587f * tint;
            values[i + 1] = grey - 0.299f * tint;
            values[i + 2] = grey;
        }
        return values;
    }
}
