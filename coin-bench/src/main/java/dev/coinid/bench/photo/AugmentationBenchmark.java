package dev.coinid.bench.photo;

import dev.coinid.augment.Augmentation;
import dev.coinid.augment.BatchAugmenter;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
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

import java.nio.FloatBuffer;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * Augmenting one training batch with the seed preset (rotation, shifts, shear, zoom, colour) at
 * 128x128 into the network's float buffer, pictures transformed in parallel on all cores, as
 * training does before every step. Each operation draws new transforms (a new epoch).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class AugmentationBenchmark {

    /** Pictures per batch, as the issue asks. */
    public static final int BATCH = 32;

    /** Pictures per batch. */
    @Param({"" + BATCH})
    public int batch;

    private BatchAugmenter augmenter;
    private SyntheticBatch pictures;
    private long[] sampleIds;
    private FloatBuffer out;
    private int epoch;

    @Setup(Level.Trial)
    public void renderPictures() {
        augmenter = new BatchAugmenter(Augmentation.seedPreset(), 42);
        pictures = SyntheticBatch.forNetwork(BenchmarkedNetwork.seed(), batch, 5);
        sampleIds = LongStream.range(0, batch).toArray();
        int size = BenchmarkedNetwork.seed().preprocessing().width();
        out = FloatBuffer.allocate(batch * size * size * 3);
    }

    @Benchmark
    public FloatBuffer augmentBatch() {
        out.clear();
        augmenter.augmentInto(pictures.pictures(), epoch++, sampleIds, out);
        return out;
    }

    @TearDown(Level.Trial)
    public void forgetPictures() {
        pictures = null;
    }
}
