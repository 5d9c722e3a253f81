package dev.coinid.bench.djl;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.Batchifier;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The peer's training step as DJL's documentation writes it: softmax cross-entropy, Adam at
 * 1e-3, each batch copied from Java arrays into fresh NDArrays of a fresh manager, one
 * {@link EasyTrain#trainBatch} and {@link Trainer#step()}, PyTorch's default threads. Same
 * network, input and batch as coinid's {@code TrainingStepBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dai.djl.offline=true")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class DjlTrainingAsShippedBenchmark {

    /**
     * Images per training step: 20, training's default and the batch of the target. (Batch 64
     * runs on coinid only: on 2 cores a DJL step of 64 takes over 10 s, and two of them would
     * push the suite past its 15 minutes.)
     */
    @Param({"20"})
    public int batch;

    private Model model;
    private Trainer trainer;
    private float[] nchw;
    private long[] labels;

    @Setup(Level.Trial)
    public void buildNetwork() {
        PyTorchSettings.startAsShipped();
        model = DjlSeedCnn.initialisedModel();
        trainer = model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build()));
        trainer.initialize(DjlSeedCnn.inputShape(batch));
        SyntheticBatch images = SyntheticBatch.forNetwork(BenchmarkedNetwork.seed(), batch, 11);
        nchw = NchwImages.of(images, BenchmarkedNetwork.seed().preprocessing().width());
        labels = Arrays.stream(images.labels()).asLongStream().toArray();
    }

    @Benchmark
    public Trainer trainStep() {
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDList data = new NDList(manager.create(nchw, DjlSeedCnn.inputShape(batch)));
            NDList label = new NDList(manager.create(labels));
            Batch step = new Batch(manager, data, label, batch, Batchifier.STACK, Batchifier.STACK, 0, 1);
            EasyTrain.trainBatch(trainer, step);
            trainer.step();
        }
        return trainer;
    }

    @TearDown(Level.Trial)
    public void close() {
        trainer.close();
        model.close();
    }
}
