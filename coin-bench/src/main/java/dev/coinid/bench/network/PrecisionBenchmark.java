package dev.coinid.bench.network;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.StepResult;
import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.model.recipe.Precision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.util.Locale;

/**
 * The default network's forward pass (inference mode) and Adam step at batch 32, in float32 and
 * in bfloat16 through oneDNN's automatic mixed precision rewrite ({@link Precision}), on all
 * cores: what bfloat16 buys on this CPU. One operation is one batch.
 */
public class PrecisionBenchmark extends AverageTimeBenchmark {

    /** Images per forward pass and per training step. */
    private static final int BATCH = 32;

    /** The session's number format: {@code float32} or {@code bfloat16}. */
    @Param({"float32", "bfloat16"})
    public String precision;

    private TrainingEngine training;
    private InferenceEngine inference;
    private SyntheticBatch images;

    @Setup(Level.Trial)
    public void buildNetwork() {
        BenchmarkedNetwork measured = BenchmarkedNetwork.defaults();
        training = measured.trainingEngine(Runtime.getRuntime().availableProcessors(),
                Precision.valueOf(precision.toUpperCase(Locale.ROOT)));
        inference = training.toInference();
        images = SyntheticBatch.forNetwork(measured, BATCH, 13);
    }

    @Benchmark
    public float[] forward() {
        return inference.forward(images.nhwc(), BATCH);
    }

    @Benchmark
    public StepResult trainingStep() {
        return training.trainStep(images.nhwc(), images.labels());
    }

    @TearDown(Level.Trial)
    public void close() {
        inference.close();
        training.close();
    }
}
