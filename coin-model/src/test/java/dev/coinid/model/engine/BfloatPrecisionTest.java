package dev.coinid.model.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.coinid.image.Fit;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.recipe.Preprocessing;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.RunMetadata;

/**
 * {@link Precision#BFLOAT16} runs the default network's convolutions in bfloat16 through oneDNN's
 * rewrite, gives probabilities near float32's from the same weights, and trains with float32
 * variables. On TensorFlow 2.18's oneDNN the bfloat16 convolution is not reproducible (the same
 * input gives different outputs from run to run, a single convolution already) and a training
 * run sometimes turns the loss into NaN from its first step, so these tests assert no more than
 * holds on every run.
 */
class BfloatPrecisionTest {

    private static final int WIDTH = 64;
    private static final int HEIGHT = 16;
    private static final int CLASSES = 4;

    /**
     * bfloat16 rounding alone (8 significant bits, relative 2^-9) would move these probabilities
     * by under 0.01; oneDNN's run-to-run variation in bfloat16 moved them by up to 0.21 over ten
     * runs of this test (16 pictures, 5 forward passes each) on an AVX512_BF16 CPU. The bound
     * catches a rewrite that computes something else (a wrong layout or scale moves them by ~1).
     */
    private static final float PROBABILITY_TOLERANCE = 0.3f;

    @Test
    void theConvolutionsRunInBfloat16() {
        assumeThat(cpuHasAvx512()).as("oneDNN rewrites to bfloat16 only on CPUs with AVX-512").isTrue();
        try (TrainingEngine engine = engine(Precision.BFLOAT16)) {
            try (InferenceEngine inference = engine.toInference()) {
                RunMetadata metadata = inference.tracedForward(FloatBuffer.wrap(pictures(2, 1)), 2);
                assertThat(convolutionOutputTypes(metadata)).contains("DT_BFLOAT16").doesNotContain("DT_FLOAT");
            }
        }
        try (TrainingEngine engine = engine(Precision.FLOAT32); InferenceEngine inference = engine.toInference()) {
            RunMetadata metadata = inference.tracedForward(FloatBuffer.wrap(pictures(2, 1)), 2);
            assertThat(convolutionOutputTypes(metadata)).containsOnly("DT_FLOAT");
        }
    }

    @Test
    void bfloat16ProbabilitiesStayCloseToFloat32sFromTheSameWeights() {
        int n = 16;
        float[] pictures = pictures(n, 3);
        try (TrainingEngine engine = engine(Precision.FLOAT32)) {
            Weights weights = engine.weights();
            try (InferenceEngine f32 = InferenceEngine.build(Architectures.polarCnn(), preprocessing(), CLASSES, weights, 1,
                    Precision.FLOAT32);
                 InferenceEngine bf16 = InferenceEngine.build(Architectures.polarCnn(), preprocessing(), CLASSES, weights, 1,
                         Precision.BFLOAT16)) {
                float[] exact = f32.forward(FloatBuffer.wrap(pictures), n);
                float largest = 0;
                for (int run = 0; run < 5; run++) {
                    float[] bfloat = bf16.forward(FloatBuffer.wrap(pictures), n);
                    for (int i = 0; i < exact.length; i++) {
                        largest = Math.max(largest, Math.abs(exact[i] - bfloat[i]));
                    }
                }
                assertThat(largest).isLessThan(PROBABILITY_TOLERANCE);
                if (cpuHasAvx512()) {
                    assertThat(largest).as("bfloat16 rounding shows").isGreaterThan(0f);
                }
            }
        }
    }

    @Test
    void trainingInBfloat16UpdatesTheWeights() {
        int n = 8;
        FloatBuffer pictures = FloatBuffer.wrap(pictures(n, 5));
        int[] labels = labels(n);
        try (TrainingEngine engine = engine(Precision.BFLOAT16)) {
            Weights before = engine.weights();
            for (int i = 0; i < 3; i++) {
                engine.trainStep(pictures, labels);
            }
            assertThat(engine.steps()).isEqualTo(3);
            Weights after = engine.weights();
            assertThat(after.arrays()).hasSameSizeAs(before.arrays());
            assertThat(after.arrays().get(0).values()).isNotEqualTo(before.arrays().get(0).values());
        }
    }

    private static TrainingEngine engine(Precision precision) {
        return TrainingEngine.builder().preprocessing(preprocessing()).architecture(Architectures.polarCnn())
                .classes(CLASSES).seed(3).threads(1).precision(precision).build();
    }

    private static Preprocessing preprocessing() {
        return new Preprocessing(WIDTH, HEIGHT, Fit.COIN_POLAR, 1 / 255f, Normalization.GRAY_LOCAL_CONTRAST);
    }

    private static int[] labels(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % CLASSES;
        }
        return labels;
    }

    /** Pictures whose class is written in them: class c has vertical stripes of period 2 + 2c, plus noise. */
    private static float[] pictures(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[n * HEIGHT * WIDTH * 3];
        int i = 0;
        for (int image = 0; image < n; image++) {
            int period = 2 + 2 * (image % CLASSES);
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    float base = (x / (period / 2)) % 2 == 0 ? 0.8f : 0.2f;
                    for (int c = 0; c < 3; c++) {
                        values[i++] = base + (float) random.nextDouble(-0.1, 0.1);
                    }
                }
            }
        }
        return values;
    }

    private static java.util.Set<String> convolutionOutputTypes(RunMetadata metadata) {
        java.util.Set<String> types = new java.util.TreeSet<>();
        metadata.getStepStats().getDevStatsList().forEach(device -> {
            for (NodeExecStats node : device.getNodeStatsList()) {
                if (node.getTimelineLabel().contains("Conv2D(")) {
                    node.getOutputList().forEach(o -> types.add(o.getTensorDescription().getDtype().name()));
                }
            }
        });
        return types;
    }

    private static boolean cpuHasAvx512() {
        try {
            return Files.readString(Path.of("/proc/cpuinfo")).contains("avx512f");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
