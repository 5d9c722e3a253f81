package dev.coinid.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coinid.model.Fit;
import dev.coinid.model.Normalization;
import dev.coinid.model.Preprocessing;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;
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
    void zeroPaddingSeesTheSeam() {
        float[] picture = picture();
        try (TrainingEngine engine = engine(Architectures.robustCnn())) {
            float[] p = engine.forward(FloatBuffer.wrap(picture), 1);
            float[] q = engine.forward(FloatBuffer.wrap(shifted(picture, 24)), 1);
            double difference = 0;
            for (int c = 0; c < p.length; c++) {
                difference += Math.abs(p[c] - q[c]);
            }
            assertThat(difference).isGreaterThan(1e-4);
        }
    }

    private static TrainingEngine engine(Architecture architecture) {
        return TrainingEngine.builder()
                .preprocessing(new Preprocessing(WIDTH, HEIGHT, Fit.COIN_POLAR, 1 / 255f, Normalization.GRAY_STANDARDIZATION))
                .architecture(architecture).classes(4).seed(9).threads(1).build();
    }

    private static float[] picture() {
        SplittableRandom random = new SplittableRandom(17);
        float[] values = new float[HEIGHT * WIDTH * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble();
        }
        return values;
    }

    /** Column k moves to column k + shift, wrapping round. */
    private static float[] shifted(float[] picture, int shift) {
        float[] out = new float[picture.length];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                System.arraycopy(picture, 3 * (y * WIDTH + x), out, 3 * (y * WIDTH + (x + shift) % WIDTH), 3);
            }
        }
        return out;
    }
}
