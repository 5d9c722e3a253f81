package dev.coinid.bench.network;

import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
import dev.coinid.model.engine.TrainingEngine;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The forward pass of {@link ForwardPassBenchmark} (batch 32) with one intra-op thread instead of
 * one per core: what the cores beyond the first add. Its own class, so its own JVM: TensorFlow
 * sizes the process-wide intra-op pool from the first session a process opens, so a one-thread
 * session opened after an all-cores one would silently run on all cores.
 */
public class SingleIntraOpThreadBenchmark extends EngineForwardBenchmark {

    /** Images per forward pass. */
    @Param({"32"})
    public int batch;

    @Setup(Level.Trial)
    public void buildNetwork() {
        try (TrainingEngine untrained = BenchmarkedNetwork.seed().trainingEngine(1)) {
            engine = untrained.toInference();
        }
        images = SyntheticBatch.forNetwork(BenchmarkedNetwork.seed(), batch, 7);
    }
}
