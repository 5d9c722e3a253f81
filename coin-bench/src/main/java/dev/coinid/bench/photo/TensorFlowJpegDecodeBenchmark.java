package dev.coinid.bench.photo;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.image.RgbImage;
import dev.coinid.model.engine.TensorFlowJpegScaler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Decoding the 12-megapixel phone JPEG with TensorFlow's {@code DecodeJpeg} op at full, 1/2, 1/4
 * and 1/8 scale, pixels copied back into Java as coinid's decoder delivers them: the library's own
 * {@link TensorFlowJpegScaler}, which {@code classify(Path)} uses at 1/2, 1/4 or 1/8.
 */
public class TensorFlowJpegDecodeBenchmark extends AverageTimeBenchmark {

    /** The scale divisor: 1 decodes every pixel, 8 gives a 500x375 picture. */
    @Param({"1", "2", "4", "8"})
    public int ratio;

    private TensorFlowJpegScaler decoder;
    private byte[] jpeg;

    @Setup(Level.Trial)
    public void drawPhoto() {
        jpeg = BenchmarkPhotos.draw().phone();
        decoder = new TensorFlowJpegScaler();
    }

    @Benchmark
    public RgbImage decodeJpeg() {
        return decoder.decode(jpeg, ratio);
    }

    @TearDown(Level.Trial)
    public void close() {
        decoder.close();
    }
}
