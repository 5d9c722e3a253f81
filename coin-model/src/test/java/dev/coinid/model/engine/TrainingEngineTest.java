package dev.coinid.model.engine;

import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.architecture.BatchNorm;
import dev.coinid.model.architecture.Conv2D;
import dev.coinid.model.architecture.Dense;
import dev.coinid.model.architecture.Dropout;
import dev.coinid.model.architecture.GlobalAveragePooling;
import dev.coinid.model.architecture.MaxPool;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.recipe.Recipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrainingEngineTest {

    private static final int SIZE = 32;

    /** A batch whose class is written in the image: class c has a bright square in quadrant c. */
    private static FloatBuffer batch(int[] labels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FloatBuffer buffer = FloatBuffer.allocate(labels.length * SIZE * SIZE * 3);
        for (int label : labels) {
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    int quadrant = (y < SIZE / 2 ? 0 : 2) + (x < SIZE / 2 ? 0 : 1);
                    float base = quadrant == label ? 0.8f : 0.2f;
                    for (int c = 0; c < 3; c++) {
                        buffer.put(base + (float) random.nextDouble(-0.1, 0.1));
                    }
                }
            }
        }
        return buffer.flip();
    }

    /** The seed CNN at 32x32 (the builder's default is the polar recipe's network, tested below). */
    private static TrainingEngine.Builder small() {
        return TrainingEngine.builder().architecture(Architectures.seedCnn()).preprocessing(Preprocessing.seed())
                .inputSize(SIZE, SIZE).classes(4).seed(7);
    }

    @Test
    void trainingStepsLowerTheLossOnAFixedBatch() {
        int[] labels = {0, 1, 2, 3, 0, 1, 2, 3};
        FloatBuffer images = batch(labels, 1);
        try (TrainingEngine engine = small().build()) {
            float first = engine.trainStep(images, labels).loss();
            float last = first;
            for (int i = 0; i < 15; i++) {
                last = engine.trainStep(images, labels).loss();
            }
            assertThat(first).isBetween(1.0f, 2.0f); // about ln 4 for a fresh network
            assertThat(last).isLessThan(first * 0.5f);
            assertThat(engine.steps()).isEqualTo(16);
            assertThat(images.position()).isZero();
        }
    }

    @Test
    void sameSeedGivesSameInitialWeightsAndSameSteps() {
        int[] labels = {0, 1, 2, 3};
        FloatBuffer images = batch(labels, 2);
        try (TrainingEngine a = small().build(); TrainingEngine b = small().build();
             TrainingEngine other = small().seed(8).build()) {
            assertThat(a.weights().arrays().get(0).values()).containsExactly(b.weights().arrays().get(0).values());
            assertThat(a.weights().arrays().get(0).values()).isNotEqualTo(other.weights().arrays().get(0).values());
            float[] pa = a.trainStep(images, labels).probabilities();
            float[] pb = b.trainStep(images, labels).probabilities();
            for (int i = 0; i < pa.length; i++) {
                assertThat(pa[i]).isCloseTo(pb[i], within(1e-5f));
            }
        }
    }

    @Test
    void kernelsAreGlorotUniformAndBiasesZero() {
        try (TrainingEngine engine = small().build()) {
            Weights w = engine.weights();
            Weights.Array kernel = w.arrays().get(0); // 4x4x3x64: limit sqrt(6 / (48 + 1024))
            double limit = Math.sqrt(6.0 / (48 + 1024));
            double max = 0;
            for (float v : kernel.values()) {
                max = Math.max(max, Math.abs(v));
            }
            assertThat(kernel.name()).isEqualTo("layer1_conv2d/kernel");
            assertThat(max).isLessThanOrEqualTo(limit).isGreaterThan(limit * 0.95);
            assertThat(w.arrays().get(1).values()).containsOnly(0f);
        }
    }

    @Test
    void setWeightsRestoresEarlierOutputs() {
        int[] labels = {0, 1, 2, 3};
        FloatBuffer images = batch(labels, 3);
        try (TrainingEngine engine = small().build()) {
            Weights before = engine.weights();
            float[] expected = engine.forward(images, 4);
            engine.trainStep(images, labels);
            assertThat(engine.forward(images, 4)).isNotEqualTo(expected);
            engine.setWeights(before);
            assertThat(engine.forward(images, 4)).containsExactly(expected);
        }
    }

    @Test
    void inferenceEngineAndSavedModelGiveTheTrainingEnginesOutputs(@TempDir Path dir) {
        int[] labels = {0, 1, 2, 3};
        FloatBuffer images = batch(labels, 4);
        try (TrainingEngine engine = small().build()) {
            engine.trainStep(images, labels);
            float[] expected = engine.forward(images, 4);
            try (InferenceEngine inference = engine.toInference()) {
                assertThat(inference.forward(images, 4)).containsExactly(expected);
                inference.exportSavedModel(dir.resolve("saved"));
            }
            try (InferenceEngine loaded = InferenceEngine.loadSavedModel(dir.resolve("saved"), 1)) {
                assertThat(loaded.forward(images, 4)).containsExactly(expected);
                assertThat(loaded.classes()).isEqualTo(4);
                assertThat(loaded.height()).isEqualTo(SIZE);
            }
        }
    }

    @Test
    void batchNormDropoutAndStandardizationTrainAndAgreeAcrossEngines() {
        Architecture arch = Architecture.of("bn", Conv2D.of(8, 3), BatchNorm.defaults(), MaxPool.of(2),
                new GlobalAveragePooling(), Dense.of(16), new Dropout(0.3));
        int[] labels = {0, 1, 2, 3, 0, 1, 2, 3};
        FloatBuffer images = batch(labels, 5);
        try (TrainingEngine engine = small().architecture(arch)
                .preprocessing(Preprocessing.seed().inputSize(SIZE, SIZE).normalization(Normalization.PER_IMAGE_STANDARDIZATION))
                .learningRate(1e-2).build()) {
            float first = engine.trainStep(images, labels).loss();
            float last = first;
            for (int i = 0; i < 30; i++) {
                last = engine.trainStep(images, labels).loss();
            }
            assertThat(last).isLessThan(first);
            Weights w = engine.weights();
            Weights.Array movingMean = w.arrays().stream().filter(a -> a.name().endsWith("moving_mean")).findFirst().orElseThrow();
            assertThat(movingMean.values()).as("moving averages are updated by training steps").isNotEqualTo(new float[8]);
            float[] expected = engine.forward(images, 8);
            try (InferenceEngine inference = engine.toInference()) {
                assertThat(inference.forward(images, 8)).containsExactly(expected);
            }
        }
    }

    @Test
    void rejectsBadBatches() {
        try (TrainingEngine engine = small().build()) {
            assertThatThrownBy(() -> engine.trainStep(FloatBuffer.allocate(10), new int[] {0}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs " + SIZE * SIZE * 3);
            assertThatThrownBy(() -> engine.trainStep(batch(new int[] {0}, 1), new int[] {4}))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label index 4");
        }
    }

    @Test
    void defaultNetworkIsThePolarRecipes() {
        try (TrainingEngine engine = TrainingEngine.builder().build()) {
            assertThat(engine.architecture()).isEqualTo(Recipe.polar().architecture()).isEqualTo(Architectures.polarCnn());
            assertThat(engine.preprocessing()).isEqualTo(Recipe.polar().preprocessing());
            assertThat(engine.weights().size()).isEqualTo(Architectures.polarCnn().trainableParameters(32, 128, 3, 4));
        }
    }
}
