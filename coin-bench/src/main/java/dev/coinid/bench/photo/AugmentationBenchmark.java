package dev.coinid.bench.photo;

import dev.coinid.augment.Augmentation;
import dev.coinid.augment.BatchAugmenter;
import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.FloatBuffer;
import java.util.stream.LongStream;

/**
 * Augmenting one training batch with the seed preset (rotation, shifts, shear, zoom, colour) at
 * 128x128 into the network's float buffer, pictures transformed in parallel on all cores, as
 * training does before every step. Each operation draws new transforms (a new epoch).
 */
public class AugmentationBenchmark extends AverageTimeBenchmark {

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
