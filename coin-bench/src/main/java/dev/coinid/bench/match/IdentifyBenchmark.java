package dev.coinid.bench.match;

import dev.coinid.bench.ScratchDirectory;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
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

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Identifying one 400x400 photo against an index of about 450 reference pictures, on one thread:
 * {@code DesignIndex.identify(RgbImage)} of an already decoded photo (the photos rotate, one per
 * call, so the time is that of the whole query set), and {@code identify(Path)} of one 400x400
 * JPEG end to end, decoding included, both with the shortlist verified; and the decoded photos
 * without verification, to tell what it costs. A 12-megapixel phone JPEG (4000x3000, the coin
 * half its shorter side across) is identified from its file, which reads it at reduced scale, and
 * from its pixels decoded in full, to tell what the reduced-scale decode saves. The whole query
 * folder is identified by {@code identifyAll} (both cores) and one file after another on this
 * thread, to tell what the batch call's parallelism gains. Sampled, so the summary reports the
 * median call.
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
    private DesignIndex unverified;
    private List<RgbImage> photos;
    private Path jpeg;
    private ScratchDirectory scratch;
    private Path phoneJpeg;
    private List<ImageSource> queryFiles;
    private int next;

    @Setup(Level.Trial)
    public void buildIndex() {
        data = IdentificationReferences.prepare(references);
        long start = System.nanoTime();
        index = DesignIndex.builder().build(data.folders()).withVerification(true);
        unverified = index.withVerification(false);
        photos = data.decodeQueries();
        jpeg = data.queryJpeg();
        queryFiles = data.queryFiles().stream().map(ImageSource::of).toList();
        scratch = ScratchDirectory.create("coinid-bench-phone");
        phoneJpeg = scratch.write("phone.jpg", twelveMegapixelJpeg(photos.get(0)));
        System.out.printf("%n%s, built in %.1f s from %s; %d query photos%n", index,
                (System.nanoTime() - start) / 1e9, data.name(), photos.size());
    }

    @TearDown(Level.Trial)
    public void deleteScratch() {
        data.close();
        scratch.close();
    }

    /** {@code photo} enlarged so that its shorter side is 3000 pixels, centred on a 4000x3000 grey canvas, as a JPEG. */
    private static byte[] twelveMegapixelJpeg(RgbImage photo) {
        double scale = 3000.0 / Math.min(photo.width(), photo.height());
        int w = (int) Math.round(photo.width() * scale);
        int h = (int) Math.round(photo.height() * scale);
        BufferedImage canvas = new BufferedImage(4000, 3000, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 4000, 3000);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo.toBufferedImage(), (4000 - w) / 2, (3000 - h) / 2, w, h, null);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(canvas, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code identify(RgbImage)} of the next decoded query photo. */
    @Benchmark
    public Identification identifyDecoded() {
        RgbImage photo = photos.get(next);
        next = next + 1 == photos.size() ? 0 : next + 1;
        return index.identify(ImageSource.of(photo));
    }

    /** The same without verifying the shortlist ({@code withVerification(false)}): what verification costs, in the same run. */
    @Benchmark
    public Identification identifyDecodedUnverified() {
        RgbImage photo = photos.get(next);
        next = next + 1 == photos.size() ? 0 : next + 1;
        return unverified.identify(ImageSource.of(photo));
    }

    /** {@code identify(Path)} of one 400x400 JPEG: decoding, finding the coin, describing and ranking. */
    @Benchmark
    public Identification identifyFile() {
        return index.identify(ImageSource.of(jpeg));
    }

    /** {@code identify(Path)} of the 12-megapixel JPEG: read at reduced scale, then identified. */
    @Benchmark
    public Identification identifyPhoneJpeg() {
        return index.identify(ImageSource.of(phoneJpeg));
    }

    /** The same JPEG decoded in full, then identified: what {@link #identifyPhoneJpeg} would cost without the reduced-scale read. */
    @Benchmark
    public Identification identifyPhoneJpegDecodedInFull() {
        return index.identify(ImageSource.of(ImageDecoder.defaults().decode(phoneJpeg)));
    }

    /** {@code identifyAll} of every query file: decoding and identifying on all cores, one outcome per file. */
    @Benchmark
    public List<Outcome<Identification>> identifyAllQueryFiles() {
        return index.identifyAll(queryFiles);
    }

    /** The same files identified one after another on this thread: what {@link #identifyAllQueryFiles} gains. */
    @Benchmark
    public List<Identification> identifyQueryFilesOneByOne() {
        List<Identification> answers = new ArrayList<>(queryFiles.size());
        for (ImageSource file : queryFiles) {
            answers.add(index.identify(file));
        }
        return answers;
    }
}
