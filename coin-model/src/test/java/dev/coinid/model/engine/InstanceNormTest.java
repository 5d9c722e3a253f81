package dev.coinid.model.engine;

import dev.coinid.image.Fit;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Conv2D;
import dev.coinid.model.architecture.GlobalAveragePooling;
import dev.coinid.model.architecture.InstanceNorm;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Instance normalisation makes a layer's output blind to the brightness and contrast of its input. */
class InstanceNormTest {

    private static final int SIZE = 20;
    private static final Architecture NETWORK = Architecture.of("conv-in", Conv2D.of(6, 3), InstanceNorm.defaults(),
            new GlobalAveragePooling());

    @Test
    void aBrighterAndHarsherPictureGivesTheSamePrediction() {
        try (TrainingEngine engine = TrainingEngine.builder()
                .preprocessing(new Preprocessing(SIZE, SIZE, Fit.STRETCH, 1 / 255f, Normalization.NONE))
                .architecture(NETWORK).classes(3).seed(9).threads(1).build()) {
            float[] p = engine.forward(FloatBuffer.wrap(picture(1, 0)), 1);
            float[] q = engine.forward(FloatBuffer.wrap(picture(2.5f, 0.2f)), 1);
            for (int c = 0; c < p.length; c++) {
                assertThat(q[c]).isCloseTo(p[c], within(1e-3f));
            }
        }
    }

    @Test
    void itTrainsAScaleAndAnOffsetPerChannel() {
        assertThat(NETWORK.trainableParameters(SIZE, SIZE, 3, 3))
                .isEqualTo(3 * 3 * 3 * 6 + 6 + 2 * 6 + 6 * 3 + 3);
    }

    /** The same random picture with every value multiplied by {@code contrast} and raised by {@code offset}. */
    private static float[] picture(float contrast, float offset) {
        SplittableRandom random = new SplittableRandom(4);
        float[] values = new float[SIZE * SIZE * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble(0, 0.4) * contrast + offset;
        }
        return values;
    }
}
