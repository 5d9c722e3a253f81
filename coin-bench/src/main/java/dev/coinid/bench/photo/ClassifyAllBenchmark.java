package dev.coinid.bench.photo;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.ScratchDirectory;
import dev.coinid.classification.Classification;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.synthetic.SyntheticCoins;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@link CoinClassifier#classifyAll(List)} with the library's defaults over a folder of 256x256
 * JPEG crops (synthetic coins of the eight euro common-side classes, written in the setup), next
 * to the two things it is made of, each measured alone over the same crops: decoding and fitting
 * them all on all cores, and the forward pass over the fitted inputs in batches of
 * {@value #CLASSIFY_ALL_BATCH}, as classifyAll runs it. classifyAll can go no faster than the
 * slower of the two; how close it comes shows how well it overlaps them. One operation is the
 * whole folder.
 */
public class ClassifyAllBenchmark extends AverageTimeBenchmark {

    /** The pictures per forward pass of classifyAll (coin-model's {@code Predictions.BATCH}). */
    public static final int CLASSIFY_ALL_BATCH = 32;

    /** The number of crops in the folder (the smoke test uses fewer). */
    @Param({"1000"})
    public int crops;

    private ScratchDirectory scratch;
    private List<Path> files;
    private List<ImageSource> photos;
    private CoinClassifier classifier;
    private Preprocessing preprocessing;
    private PhotoFitter fitter;
    private ImageDecoder decoder;
    private InferenceEngine network;
    private List<RgbImage> fitted;
    private FloatBuffer input;

    @Setup(Level.Trial)
    public void writeCropsAndTrain() {
        scratch = ScratchDirectory.create("coinid-bench-classify-all");
        List<String> labels = BenchmarkedNetwork.EURO_COMMON_SIDE;
        int perClass = (crops + labels.size() - 1) / labels.size();
        SyntheticCoins.builder().labels(labels).imageSize(BenchmarkPhotos.CROP_SIZE).imagesPerClass(perClass).seed(5)
                .build().writeTo(scratch.resolve("crops"));
        files = jpegsIn(scratch.resolve("crops")).subList(0, crops);
        photos = files.stream().map(ImageSource::of).toList();
        // the builder's defaults, trained for one epoch: what classifyAll costs does not depend on how well it learned
        ImageDataset coins = SyntheticCoins.builder().labels(labels).imageSize(BenchmarkPhotos.CROP_SIZE)
                .imagesPerClass(4).seed(3).build().generate();
        classifier = CoinClassifier.builder().epochs(1).batchSize(16).seed(1).train(coins);
        preprocessing = classifier.preprocessing();
        fitter = preprocessing.fitter();
        decoder = ImageDecoder.defaults();
        // the same network, saved and loaded as a raw engine, for the forward pass alone
        classifier.save(scratch.resolve("model"));
        network = InferenceEngine.loadSavedModel(scratch.resolve("model"), Runtime.getRuntime().availableProcessors());
        fitted = decodeAndFit();
        input = FloatBuffer.allocate(CLASSIFY_ALL_BATCH * preprocessing.floatsPerImage());
    }

    /** classifyAll over the folder's crops, end to end. */
    @Benchmark
    public List<Outcome<Classification>> classifyAll() {
        return classifier.classifyAll(photos);
    }

    /** Decoding and fitting every crop, in parallel on all cores, alone. */
    @Benchmark
    public List<RgbImage> decodeAndFit() {
        return files.parallelStream().map(p -> fitter.fit(ImageSource.file(p, decoder).load())).toList();
    }

    /** The forward pass over every fitted crop, batch after batch as classifyAll runs it, alone. */
    @Benchmark
    public float forwardFitted() {
        float checksum = 0;
        for (int start = 0; start < fitted.size(); start += CLASSIFY_ALL_BATCH) {
            List<RgbImage> chunk = fitted.subList(start, Math.min(fitted.size(), start + CLASSIFY_ALL_BATCH));
            input.clear();
            preprocessing.writeRescaled(chunk, input);
            input.flip();
            checksum += network.forward(input, chunk.size())[0];
        }
        return checksum;
    }

    @TearDown(Level.Trial)
    public void close() {
        network.close();
        classifier.close();
        scratch.close();
    }

    private static List<Path> jpegsIn(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".jpg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
