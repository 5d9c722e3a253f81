package dev.coinid.bench.network;

import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
import dev.coinid.model.engine.InferenceEngine;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A network's forward pass in inference mode through coinid's {@link InferenceEngine}: a batch
 * of fitted, rescaled synthetic coins in, softmax probabilities out, on all cores. Of the
 * library's default network ({@code network=default}: the polar CNN on 128x32, grey local
 * contrast in the graph) and of the original experiment's ({@code seed}: the seed CNN on
 * 128x128); see {@link BenchmarkedNetwork}. One operation is one batch; images per second =
 * batch x 1000 / (ms per operation).
 */
public class ForwardPassBenchmark extends EngineForwardBenchmark {

    /** Images per forward pass (8 shows how the cost per image changes between 1 and 32). */
    @Param({"1", "8", "32", "128"})
    public int batch;

    /** Which network: {@value BenchmarkedNetwork#DEFAULT} or {@value BenchmarkedNetwork#SEED}. */
    @Param({BenchmarkedNetwork.DEFAULT, BenchmarkedNetwork.SEED})
    public String network;

    @Setup(Level.Trial)
    public void buildNetwork() {
        BenchmarkedNetwork measured = BenchmarkedNetwork.named(network);
        engine = measured.inferenceEngine();
        images = SyntheticBatch.forNetwork(measured, batch, 7);
    }
}
