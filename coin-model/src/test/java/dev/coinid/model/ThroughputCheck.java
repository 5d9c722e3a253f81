package dev.coinid.model;

import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.model.recipe.Preprocessing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quick measurement of the seed CNN's training and inference speed at 128x128 on this machine
 * (the JMH benchmarks in coin-bench are the careful numbers). Off by default; run with
 * {@code mvn -pl coin-model verify -Pchecks -Dtest=ThroughputCheck}.
 */
@Tag("check")
class ThroughputCheck {

    @Test
    void seedCnnAt128() {
        int batch = 32;
        FloatBuffer images = FloatBuffer.allocate(batch * 128 * 128 * 3);
        SplittableRandom random = new SplittableRandom(1);
        while (images.hasRemaining()) {
            images.put((float) random.nextDouble());
        }
        images.flip();
        int[] labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = i % 4;
        }
        try (TrainingEngine engine = TrainingEngine.builder().architecture(Architectures.seedCnn())
                .preprocessing(Preprocessing.seed()).classes(4).seed(1).build()) {
            double train = imagesPerSecond(batch, 3, 15, () -> engine.trainStep(images, labels));
            try (InferenceEngine inference = engine.toInference()) {
                double forward = imagesPerSecond(batch, 5, 40, () -> inference.forward(images, batch));
                double single = imagesPerSecond(1, 20, 300, () -> inference.forward(images, 1));
                System.out.printf(Locale.ROOT, "seed CNN 128x128, %d cores: training %.1f img/s (batch %d), "
                                + "forward %.1f img/s (batch %d), forward %.1f img/s (batch 1)%n",
                        Runtime.getRuntime().availableProcessors(), train, batch, forward, batch, single);
                assertThat(forward).isGreaterThan(train);
            }
        }
    }

    private static double imagesPerSecond(int perCall, int warmup, int calls, Runnable call) {
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return (double) perCall * calls / ((System.nanoTime() - start) / 1e9);
    }
}
