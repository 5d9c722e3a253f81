package dev.coinid.bench.photo;

import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.ScratchDirectory;
import dev.coinid.classification.Classification;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.Preprocessing;
import dev.coinid.synthetic.SyntheticCoins;
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

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@link CoinClassifier#classify(Path)} end to end, as a user calls it: read the file, decode,
 * turn upright, fit to 128x128, rescale, forward pass, top labels. On a 12-megapixel phone JPEG
 * (4000x3000) and on a 256x256 crop, to be read next to the batch-1 forward pass of
 * {@code ForwardPassBenchmark}: everything above it is the cost of getting the photo in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class ClassifyBenchmark {

    /** Which photo: the 12-megapixel phone photo or the 256x256 crop. */
    @Param({"phone-4000x3000", "crop-256x256"})
    public String photo;

    private ScratchDirectory scratch;
    private Path file;
    private CoinClassifier classifier;

    @Setup(Level.Trial)
    public void trainAndWritePhoto() {
        scratch = ScratchDirectory.create("coinid-bench-classify");
        BenchmarkPhotos photos = BenchmarkPhotos.draw();
        file = photo.startsWith("phone") ? scratch.write("phone.jpg", photos.phone()) : scratch.write("crop.jpg", photos.crop());
        // a real, if briefly trained, classifier: what classify costs does not depend on how well it learned
        ImageDataset coins = SyntheticCoins.builder()
                .imageSize(BenchmarkedNetwork.INPUT_SIZE).imagesPerClass(4).seed(3).build().generate();
        classifier = CoinClassifier.builder()
                .preprocessing(Preprocessing.seed().inputSize(BenchmarkedNetwork.INPUT_SIZE, BenchmarkedNetwork.INPUT_SIZE))
                .architecture(BenchmarkedNetwork.architecture())
                .epochs(1).batchSize(16).seed(1)
                .train(coins);
    }

    @Benchmark
    public Classification classify() {
        return classifier.classify(file);
    }

    @TearDown(Level.Trial)
    public void close() {
        classifier.close();
        scratch.close();
    }
}
