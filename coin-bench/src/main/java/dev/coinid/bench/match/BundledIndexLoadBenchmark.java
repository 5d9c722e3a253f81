package dev.coinid.bench.match;

import dev.coinid.catalog.CoinCatalog;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.PackagedIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ServiceLoader;

/**
 * Loading the bundled index (coin-references: every 2-euro design) from the jar, as
 * {@code DesignIndex.bundled()} does the first time, on one thread: reading its files out of the
 * jar, checking them and building the index, the bundled catalog already loaded. Sampled, so the
 * summary reports the median load.
 */
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class BundledIndexLoadBenchmark extends SampledBenchmark {

    private PackagedIndex packaged;
    private CoinCatalog catalog;

    @Setup(Level.Trial)
    public void findTheBundledIndex() {
        packaged = ServiceLoader.load(PackagedIndex.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("coin-references is not on the benchmarks' class path"));
        catalog = CoinCatalog.bundled();
    }

    /** One load of the bundled index from the jar. */
    @Benchmark
    public DesignIndex loadBundledIndex() {
        return DesignIndex.load(packaged, catalog);
    }
}
