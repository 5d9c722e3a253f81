package dev.coinid.bench.photo;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import org.apache.commons.imaging.Imaging;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Decoding the 12-megapixel phone JPEG held in memory, at full size, with each Java decoder:
 * Commons Imaging (pure Java), the JDK's ImageIO (native libjpeg), and coinid's
 * {@link ImageDecoder} (ImageIO plus format sniffing, size check and EXIF orientation). See
 * {@link TensorFlowJpegDecodeBenchmark} for TensorFlow's decoder and its reduced scales.
 */
public class JpegDecodeBenchmark extends AverageTimeBenchmark {

    /** Which photo: the 12-megapixel phone photo. */
    @Param({"phone-4000x3000"})
    public String photo;

    private byte[] jpeg;

    @Setup(Level.Trial)
    public void drawPhoto() {
        jpeg = BenchmarkPhotos.draw().phone();
    }

    @Benchmark
    public BufferedImage commonsImaging() throws IOException {
        return Imaging.getBufferedImage(jpeg);
    }

    @Benchmark
    public BufferedImage imageIo() throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    @Benchmark
    public RgbImage coinidImageDecoder() {
        return ImageDecoder.defaults().decode(jpeg, "phone.jpg");
    }

    @TearDown(Level.Trial)
    public void forgetPhoto() {
        jpeg = null;
    }
}
