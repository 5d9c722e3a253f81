package dev.coinid.bench.photo;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.image.ImageSource;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.ScratchDirectory;
import dev.coinid.classification.Classification;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.model.CoinClassifier;
import dev.coinid.synthetic.SyntheticCoins;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;

/**
 * {@link CoinClassifier#classify(Path)} end to end, as a user calls it: read the file, decode,
 * turn upright, fit to the input, rescale, forward pass, top labels. With the library's defaults
 * ({@code network=default}: a classifier of {@code CoinClassifier.builder()}'s recipe, the coin
 * found and unwrapped to 128x32) and with the original experiment's ({@code seed}: stretched to
 * 128x128, the seed CNN). On a 12-megapixel phone JPEG (4000x3000) and on a 256x256 crop, to be
 * read next to the batch-1 forward pass of {@code ForwardPassBenchmark} and the reduced-scale
 * decodes of {@code TensorFlowJpegDecodeBenchmark}: everything above the forward pass is the cost
 * of getting the photo in.
 */
public class ClassifyBenchmark extends AverageTimeBenchmark {

    /** Which photo: the 12-megapixel phone photo or the 256x256 crop. */
    @Param({"phone-4000x3000", "crop-256x256"})
    public String photo;

    /** Which classifier: the library's defaults or the original experiment's recipe (see {@link BenchmarkedNetwork}). */
    @Param({BenchmarkedNetwork.DEFAULT, BenchmarkedNetwork.SEED})
    public String network;

    private ScratchDirectory scratch;
    private Path file;
    private CoinClassifier classifier;

    @Setup(Level.Trial)
    public void trainAndWritePhoto() {
        scratch = ScratchDirectory.create("coinid-bench-classify");
        BenchmarkPhotos photos = BenchmarkPhotos.draw();
        file = photo.startsWith("phone") ? scratch.write("phone.jpg", photos.phone()) : scratch.write("crop.jpg", photos.crop());
        // a real, if briefly trained, classifier: what classify costs does not depend on how well it learned
        BenchmarkedNetwork measured = BenchmarkedNetwork.named(network);
        ImageDataset coins = SyntheticCoins.builder().labels(measured.labels())
                .imageSize(measured.pictureSize()).imagesPerClass(4).seed(3).build().generate();
        // the recipe's preprocessing and architecture (for the default network: the builder's defaults), one epoch
        classifier = CoinClassifier.builder()
                .recipe(measured.recipe())
                .epochs(1).batchSize(16).seed(1)
                .train(coins);
    }

    @Benchmark
    public Classification classify() {
        return classifier.classify(ImageSource.of(file));
    }

    @TearDown(Level.Trial)
    public void close() {
        classifier.close();
        scratch.close();
    }
}
