package dev.coinid.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coinid.image.Fit;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.recipe.Recipe;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * With cyclic width padding, a network fed a polar-unwrapped coin gives the same answer however
 * the coin is turned (by whole steps of its pooling); with zero padding the seam shows.
 */
class CyclicWidthPaddingTest {

    private static final int WIDTH = 64;
    private static final int HEIGHT = 16;

    @Test
    void shiftingTheColumnsCyclicallyByTheTotalStrideLeavesThePredictionUnchanged() {
        float[] picture = picture();
        try (TrainingEngine engine = engine(Architectures.polarCnn())) {
            float[] p = engine.forward(FloatBuffer.wrap(picture), 1);
            for (int shift : new int[] {8, 24, 56}) {
                float[] q = engine.forward(FloatBuffer.wrap(shifted(picture, shift)), 1);
                for (int c = 0; c < p.length; c++) {
                    assertThat(q[c]).as("shift %d, class %d", shift, c).isCloseTo(p[c], within(1e-5f));
                }
            }
        }
    }

    @Test
    void theDefaultRecipeGivesTheSameProbabilitiesHoweverTheCoinIsTurned() {
        Recipe recipe = Recipe.polar();
        Preprocessing polar = recipe.preprocessing();
        assertThat(polar.normalization()).isEqualTo(Normalization.GRAY_LOCAL_CONTRAST);
        int totalStride = 8; // three 2x2 max pools
        float[] picture = picture(polar.width(), polar.height());
        try (TrainingEngine engine = TrainingEngine.builder().preprocessing(polar).architecture(recipe.architecture())
                .classes(8).seed(5).threads(1).build()) {
            float[] p = engine.forward(FloatBuffer.wrap(picture), 1);
            for (int shift : new int[] {totalStride, 5 * totalStride, polar.width() - totalStride}) {
                float[] q = engine.forward(FloatBuffer.wrap(shifted(picture, shift, polar.width(), polar.height())), 1);
                for (int c = 0; c < p.length; c++) {
                    assertThat(q[c]).as("shift %d, class %d", shift, c).isCloseTo(p[c], within(1e-5f));
                }
            }
        }
    }

    @Test
    void zeroPaddingSeesTheSeam() {
        float[] picture = picture();
        try (TrainingEngine engine = engine(Architectures.robustCnn())) {
            assertThat(ForwardDifference.between(engine, picture, shifted(picture, 24))).isGreaterThan(1e-4);
        }
    }

    private static TrainingEngine engine(Architecture architecture) {
        return TrainingEngine.builder()
                .preprocessing(new Preprocessing(WIDTH, HEIGHT, Fit.COIN_POLAR, 1 / 255f, Normalization.GRAY_STANDARDIZATION))
                .architecture(architecture).classes(4).seed(9).threads(1).build();
    }

    private static float[] picture() {
        return picture(WIDTH, HEIGHT);
    }

    private static float[] picture(int width, int height) {
        SplittableRandom random = new SplittableRandom(17);
        float[] values = new float[height * width * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble();
        }
        return values;
    }

    /** Column k moves to column k + shift, wrapping round. */
    private static float[] shifted(float[] picture, int shift) {
        return shifted(picture, shift, WIDTH, HEIGHT);
    }

    private static float[] shifted(float[] picture, int shift, int width, int height) {
        float[] out = new float[picture.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                System.arraycopy(picture, 3 * (y * width + x), out, 3 * (y * width + (x + shift) % width), 3);
            }
        }
        return out;
    }
}
