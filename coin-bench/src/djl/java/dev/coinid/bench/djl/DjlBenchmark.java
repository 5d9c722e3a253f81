package dev.coinid.bench.djl;

import ai.djl.Model;
import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
import org.openjdk.jmh.annotations.Fork;

/**
 * What the DJL peer's benchmarks share: the suite's average-time settings in a fork that keeps
 * DJL offline, the network of {@link DjlSeedCnn} built after PyTorch starts as shipped or tuned
 * (see {@link PyTorchSettings}), and the same synthetic pictures coinid's benchmarks read, laid
 * out in NCHW order as PyTorch reads them.
 */
@Fork(value = 1, jvmArgsAppend = "-Dai.djl.offline=true")
public abstract class DjlBenchmark extends AverageTimeBenchmark {

    /** The benchmarked network with initialised weights, once {@link #startAsShipped} or {@link #startTuned} ran. */
    protected Model model;

    /** Starts PyTorch with its own thread defaults and builds the network. */
    protected void startAsShipped() {
        PyTorchSettings.startAsShipped();
        model = DjlSeedCnn.initialisedModel();
    }

    /** Starts PyTorch with threads = cores and passive OpenMP waiting, and builds the network. */
    protected void startTuned() {
        PyTorchSettings.startTuned();
        model = DjlSeedCnn.initialisedModel();
    }

    /** {@code batch} synthetic pictures of the benchmarked network drawn from {@code seed}, as coinid's benchmarks draw them. */
    protected static SyntheticBatch images(int batch, long seed) {
        return SyntheticBatch.forNetwork(BenchmarkedNetwork.seed(), batch, seed);
    }

    /** The pictures' values in NCHW order, on the Java heap. */
    protected static float[] nchw(SyntheticBatch images) {
        return NchwImages.of(images, BenchmarkedNetwork.seed().preprocessing().width());
    }
}
