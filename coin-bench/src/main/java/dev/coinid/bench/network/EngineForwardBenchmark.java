package dev.coinid.bench.network;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.bench.SyntheticBatch;
import dev.coinid.model.engine.InferenceEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the benchmarks of one {@link InferenceEngine}'s forward pass share: the measured call, one
 * batch of {@link #images} through {@link #engine}, and closing the engine after the trial. A
 * subclass builds both in its setup, with its own network, threads and batch sizes.
 */
public abstract class EngineForwardBenchmark extends AverageTimeBenchmark {

    /** The engine measured, built by the subclass's setup. */
    protected InferenceEngine engine;
    /** The batch fed to it, drawn by the subclass's setup. */
    protected SyntheticBatch images;

    @Benchmark
    public float[] forward() {
        return engine.forward(images.nhwc(), images.size());
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }
}
