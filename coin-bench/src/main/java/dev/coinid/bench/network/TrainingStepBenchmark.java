package dev.coinid.bench.network;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
import dev.coinid.model.engine.StepResult;
import dev.coinid.model.engine.TrainingEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One Adam step through coinid's {@link TrainingEngine}: forward in training mode, cross-entropy
 * loss, gradients and the weight update, on a batch of fitted, rescaled synthetic coins, on all
 * cores. Of the library's default network ({@code network=default}, whose training batch is 32)
 * and of the original experiment's ({@code seed}, batch 20, and 64); see {@link BenchmarkedNetwork}.
 * One operation is one batch.
 */
public class TrainingStepBenchmark extends AverageTimeBenchmark {

    /** Images per training step: 32 is the default recipe's batch size, 20 the original experiment's. */
    @Param({"20", "32", "64"})
    public int batch;

    /** Which network: {@value BenchmarkedNetwork#DEFAULT} or {@value BenchmarkedNetwork#SEED}. */
    @Param({BenchmarkedNetwork.DEFAULT, BenchmarkedNetwork.SEED})
    public String network;

    private TrainingEngine engine;
    private SyntheticBatch images;

    @Setup(Level.Trial)
    public void buildNetwork() {
        BenchmarkedNetwork measured = BenchmarkedNetwork.named(network);
        engine = measured.trainingEngine();
        images = SyntheticBatch.forNetwork(measured, batch, 11);
    }

    @Benchmark
    public StepResult trainStep() {
        return engine.trainStep(images.nhwc(), images.labels());
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }
}
