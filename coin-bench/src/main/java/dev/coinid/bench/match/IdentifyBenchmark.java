package dev.coinid.bench.match;

import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Identifying one 400x400 photo against an index of about 450 reference pictures, on one thread:
 * {@code DesignIndex.identify(RgbImage)} of an already decoded photo (the photos rotate, one per
 * call, so the time is that of the whole query set), and {@code identify(Path)} of one 400x400
 * JPEG end to end, decoding included. Sampled, so the summary reports the median call.
 *
 * <p>The index is built once per trial from the references {@link IdentificationReferences}
 * names: both shared galleries (450 pictures) queried with the 51 shared collector photos, or
 * 450 made-up designs queried with synthetic photos where the shared data is absent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class IdentifyBenchmark {

    /** What the index holds: {@code auto}, {@code galleries} or {@code synthetic-N} (see {@link IdentificationReferences}). */
    @Param({IdentificationReferences.AUTO})
    public String references;

    private IdentificationReferences data;
    private DesignIndex index;
    private List<RgbImage> photos;
    private Path jpeg;
    private int next;

    @Setup(Level.Trial)
    public void buildIndex() {
        data = IdentificationReferences.prepare(references);
        long start = System.nanoTime();
        index = DesignIndex.builder().build(data.folders());
        photos = data.decodeQueries();
        jpeg = data.queryJpeg();
        System.out.printf("%n%s, built in %.1f s from %s; %d query photos%n", index,
                (System.nanoTime() - start) / 1e9, data.name(), photos.size());
    }

    @TearDown(Level.Trial)
    public void deleteScratch() {
        data.close();
    }

    /** {@code identify(RgbImage)} of the next decoded query photo. */
    @Benchmark
    public Identification identifyDecoded() {
        RgbImage photo = photos.get(next);
        next = next + 1 == photos.size() ? 0 : next + 1;
        return index.identify(ImageSource.of(photo));
    }

    /** {@code identify(Path)} of one 400x400 JPEG: decoding, finding the coin, describing and ranking. */
    @Benchmark
    public Identification identifyFile() {
        return index.identify(ImageSource.of(jpeg));
    }
}
