package dev.coinid.bench.djl;

import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.coinid.bench.SyntheticBatch;
import org.openjdk.jmh.annotations.Param;

import java.util.Arrays;

/**
 * What the DJL peer's two training benchmarks share: the batch of the target and a trainer of
 * the network with the optimizer coinid trains with, Adam at 1e-3.
 */
public abstract class DjlTrainingBenchmark extends DjlBenchmark {

    /**
     * Images per training step: 20, training's default and the batch of the target. (Batch 64
     * runs on coinid only: on 2 cores a DJL step of 64 takes over 10 s, and two of them would
     * push the suite past its 15 minutes.)
     */
    @Param({"20"})
    public int batch;

    /** A trainer of the started network with {@code loss} and Adam at 1e-3, initialised for batches of {@link #batch}. */
    protected Trainer newTrainer(Loss loss) {
        Trainer trainer = model.newTrainer(new DefaultTrainingConfig(loss)
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build()));
        trainer.initialize(DjlSeedCnn.inputShape(batch));
        return trainer;
    }

    /** The batch of pictures every training step learns from. */
    protected SyntheticBatch trainingImages() {
        return images(batch, 11);
    }

    /** The class indices of the pictures as the longs DJL's labels take. */
    protected static long[] labels(SyntheticBatch images) {
        return Arrays.stream(images.labels()).asLongStream().toArray();
    }
}
