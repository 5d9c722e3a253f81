package dev.coinid.bench.photo;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.model.recipe.Preprocessing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * What fitting a decoded photo into the network's input costs: the default polar preprocessing
 * (find the coin's rim, cut it out, unwrap it to 128x32) against the original experiment's
 * stretch to 128x128. On the 256x256 crop and on the 12-megapixel phone photo, both already
 * decoded, so the figures add to the decode of {@code JpegDecodeBenchmark} and the forward pass
 * of {@code ForwardPassBenchmark}.
 */
public class PolarFitBenchmark extends AverageTimeBenchmark {

    /** Which photo: the 256x256 crop or the 12-megapixel phone photo. */
    @Param({"crop-256x256", "phone-4000x3000"})
    public String photo;

    private RgbImage decoded;

    @Setup(Level.Trial)
    public void decode() {
        BenchmarkPhotos photos = BenchmarkPhotos.draw();
        byte[] jpeg = photo.startsWith("phone") ? photos.phone() : photos.crop();
        decoded = ImageDecoder.defaults().decode(jpeg, photo + ".jpg");
    }

    @Benchmark
    public RgbImage polarFit() {
        return Preprocessing.polar().fitter().fit(decoded);
    }

    @Benchmark
    public RgbImage stretchFit() {
        return Preprocessing.seed().fitter().fit(decoded);
    }
}
