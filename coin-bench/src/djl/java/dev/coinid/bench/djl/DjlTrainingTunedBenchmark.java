package dev.coinid.bench.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import dev.coinid.bench.SyntheticBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.FloatBuffer;

/**
 * The peer's training step tuned as a competent DJL user would: PyTorch threads = cores (DJL's
 * system properties) and passive OpenMP waiting (see {@link PyTorchSettings}), input and label
 * NDArrays made once and refilled from a direct buffer each step, the forward, loss and backward
 * written out with a gradient collector instead of {@code EasyTrain} (no batch splitting or
 * listener bookkeeping), each step's intermediates freed by a scoped sub-manager. Same loss and
 * optimizer as the shipped run.
 */
public class DjlTrainingTunedBenchmark extends DjlTrainingBenchmark {

    private Trainer trainer;
    private Loss loss;
    private NDManager inputs;
    private NDArray input;
    private NDArray label;
    private FloatBuffer nchw;

    @Setup(Level.Trial)
    public void buildNetwork() {
        startTuned();
        loss = Loss.softmaxCrossEntropyLoss();
        trainer = newTrainer(loss);
        SyntheticBatch images = trainingImages();
        nchw = NchwImages.direct(nchw(images));
        inputs = trainer.getManager().newSubManager();
        input = inputs.create(DjlSeedCnn.inputShape(batch));
        label = inputs.create(labels(images));
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
