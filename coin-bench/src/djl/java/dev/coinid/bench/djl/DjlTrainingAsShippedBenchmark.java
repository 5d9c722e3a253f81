package dev.coinid.bench.djl;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.translate.Batchifier;
import dev.coinid.bench.SyntheticBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The peer's training step as DJL's documentation writes it: softmax cross-entropy, Adam at
 * 1e-3, each batch copied from Java arrays into fresh NDArrays of a fresh manager, one
 * {@link EasyTrain#trainBatch} and {@link Trainer#step()}, PyTorch's default threads. Same
 * network, input and batch as coinid's {@code TrainingStepBenchmark}.
 */
public class DjlTrainingAsShippedBenchmark extends DjlTrainingBenchmark {

    private Trainer trainer;
    private float[] nchw;
    private long[] labels;

    @Setup(Level.Trial)
    public void buildNetwork() {
        startAsShipped();
        trainer = newTrainer(Loss.softmaxCrossEntropyLoss());
        SyntheticBatch images = trainingImages();
        nchw = nchw(images);
        labels = labels(images);
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
