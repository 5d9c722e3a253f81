package dev.coinid.bench.photo;

import dev.coinid.augment.BatchAugmenter;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.image.RgbImage;
import dev.coinid.model.Preprocessing;
import dev.coinid.model.engine.InferenceEngine;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A prototype of the classify path with the decoding lever pulled, to compare with
 * {@link ClassifyBenchmark} on the 12-megapixel photo: decode the JPEG at the smallest 1/2, 1/4
 * or 1/8 scale that still leaves twice the input size (TensorFlow's {@code DecodeJpeg} ratio),
 * resize with coinid's resizer, rescale, and run the batch-1 forward pass of the same network.
 * It skips what a real classify also does (EXIF orientation, reading the file), which costs
 * little next to decoding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class ReducedScaleClassifyBenchmark {

    /** Which photo: the 12-megapixel phone photo. */
    @Param({"phone-4000x3000"})
    public String photo;

    private TensorFlowJpegDecoder decoder;
    private InferenceEngine engine;
    private Preprocessing preprocessing;
    private FloatBuffer input;
    private byte[] jpeg;

    @Setup(Level.Trial)
    public void buildPipeline() {
        jpeg = BenchmarkPhotos.draw().phone();
        decoder = new TensorFlowJpegDecoder(TensorFlowJpegDecoder.largestRatioKeeping(
                PhonePhoto.PHONE_WIDTH, PhonePhoto.PHONE_HEIGHT, 2 * BenchmarkedNetwork.seed().preprocessing().width()));
        preprocessing = BenchmarkedNetwork.seed().preprocessing();
        engine = BenchmarkedNetwork.seed().inferenceEngine();
        input = FloatBuffer.allocate(preprocessing.floatsPerImage());
    }

    @Benchmark
    public float[] decodeReducedThenForward() {
        RgbImage fitted = preprocessing.fitter().fit(decoder.decode(jpeg));
        input.clear();
        BatchAugmenter.copyInto(List.of(fitted), preprocessing.rescale(), input);
        input.flip();
        return engine.forward(input, 1);
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
        decoder.close();
    }
}
