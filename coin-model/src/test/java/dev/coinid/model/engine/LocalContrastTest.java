package dev.coinid.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.image.Fit;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Local contrast normalisation removes shading across the picture that global standardisation keeps. */
class LocalContrastTest {

    private static final int SIZE = 96;

    @Test
    void lightFromTheLeftOrTheRightMattersFarLessAfterLocalContrastNormalisation() {
        float[] litFromLeft = picture(-0.5f);
        float[] litFromRight = picture(0.5f);

        double local = change(Normalization.GRAY_LOCAL_CONTRAST, litFromLeft, litFromRight);
        double global = change(Normalization.GRAY_STANDARDIZATION, litFromLeft, litFromRight);

        // away from the borders, where the 5x5 window is cut, the two pictures become one
        assertThat(local).isLessThan(global / 3);
    }

    private static double change(Normalization normalization, float[] a, float[] b) {
        try (TrainingEngine engine = TrainingEngine.builder()
                .preprocessing(new Preprocessing(SIZE, SIZE, Fit.STRETCH, 1 / 255f, normalization))
                .architecture(Architectures.robustCnn()).classes(4).seed(21).threads(1).build()) {
            return ForwardDifference.between(engine, a, b);
        }
    }

    /**
     * The same random relief (values 0.3 to 0.5) plus shading that changes by {@code shading}
     * from left to right, rising from the picture's middle value so both lights have equal spread.
     */
    private static float[] picture(float shading) {
        SplittableRandom random = new SplittableRandom(8);
        float[] values = new float[SIZE * SIZE * 3];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                float v = (float) random.nextDouble(0.3, 0.5) + shading * ((float) x / (SIZE - 1) - 0.5f) + 0.25f;
                int i = 3 * (y * SIZE + x);
                values[i] = values[i + 1] = values[i + 2] = v;
            }
        }
        return values;
    }
}
