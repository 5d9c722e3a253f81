package dev.coinid.bench.match;

import dev.coinid.match.DesignIndex;
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

import java.util.concurrent.TimeUnit;

/**
 * Building the identification index from reference picture folders, as {@code coinid index}
 * does: listing, decoding and describing every picture on all cores. One build per iteration
 * (single shot, about a minute on 2 cores for the two shared galleries), no warmup: the first
 * build is what a user waits for. The references are those of {@link IdentifyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
public class IndexBuildBenchmark {

    /** What the index holds: {@code auto}, {@code galleries} or {@code synthetic-N} (see {@link IdentificationReferences}). */
    @Param({IdentificationReferences.AUTO})
    public String references;

    private IdentificationReferences data;

    @Setup(Level.Trial)
    public void findReferences() {
        data = IdentificationReferences.prepare(references);
    }

    @TearDown(Level.Trial)
    public void deleteScratch() {
        data.close();
    }

    @Benchmark
    public DesignIndex build() {
        return DesignIndex.builder().build(data.folders());
    }
}
