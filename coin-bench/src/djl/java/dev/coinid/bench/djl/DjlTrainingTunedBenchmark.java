package dev.coinid.bench.djl;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
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

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The peer's training step tuned as a competent DJL user would: PyTorch threads = cores (DJL's
 * system properties) and passive OpenMP waiting (see {@link PyTorchSettings}), input and label
 * NDArrays made once and refilled from a direct buffer each step, the forward, loss and backward
 * written out with a gradient collector instead of {@code EasyTrain} (no batch splitting or
 * listener bookkeeping), each step's intermediates freed by a scoped sub-manager. Same loss and
 * optimizer as the shipped run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dai.djl.offline=true")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class DjlTrainingTunedBenchmark {

    /**
     * Images per training step: 20, training's default and the batch of the target. (Batch 64
     * runs on coinid only: on 2 cores a DJL step of 64 takes over 10 s, and two of them would
     * push the suite past its 15 minutes.)
     */
    @Param({"20"})
    public int batch;

    private Model model;
    private Trainer trainer;
    private Loss loss;
    private NDManager inputs;
    private NDArray input;
    private NDArray label;
    private FloatBuffer nchw;

    @Setup(Level.Trial)
    public void buildNetwork() {
        PyTorchSettings.startTuned();
        model = DjlSeedCnn.initialisedModel();
        loss = Loss.softmaxCrossEntropyLoss();
        trainer = model.newTrainer(new DefaultTrainingConfig(loss)
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build()));
        trainer.initialize(DjlSeedCnn.inputShape(batch));
        SyntheticBatch images = SyntheticBatch.forNetwork(BenchmarkedNetwork.seed(), batch, 11);
        nchw = NchwImages.direct(NchwImages.of(images, BenchmarkedNetwork.seed().preprocessing().width()));
        inputs = trainer.getManager().newSubManager();
        input = inputs.create(DjlSeedCnn.inputShape(batch));
        label = inputs.create(Arrays.stream(images.labels()).asLongStream().toArray());
    }

    @Benchmark
    public Trainer trainStep() {
        input.set(nchw.duplicate());
        try (NDManager scope = inputs.newSubManager()) {
            input.tempAttach(scope);
            label.tempAttach(scope);
            try (GradientCollector gradients = trainer.newGradientCollector()) {
                NDList predictions = trainer.forward(new NDList(input));
                gradients.backward(loss.evaluate(new NDList(label), predictions));
            }
            trainer.step();
        }
        return trainer;
    }

    @TearDown(Level.Trial)
    public void close() {
        inputs.close();
        trainer.close();
        model.close();
    }
}
