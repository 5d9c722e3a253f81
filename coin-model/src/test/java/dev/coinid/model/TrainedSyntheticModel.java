package dev.coinid.model;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.image.RgbImage;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.TrainingListener;
import dev.coinid.synthetic.SyntheticCoins;
import dev.coinid.testing.JvmTemporaryFolder;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One small classifier trained once per test JVM on synthetic coins (4 classes, 64x64 photos) with
 * coinid's default recipe (polar preprocessing, network and augmentation) for at most 8 epochs,
 * and shared by the test classes that need a trained model, so the suite trains it only once
 * (about 20 seconds on 2 cores).
 */
final class TrainedSyntheticModel {

    static final int SIZE = 64;

    private static CoinClassifier model;
    private static ImageDataset testSet;
    private static ImageDataset validationSet;
    private static Path saved;

    private TrainedSyntheticModel() {
    }

    static synchronized CoinClassifier model() {
        if (model == null) {
            ImageDataset train = coins(100, 1);
            validationSet = coins(20, 2);
            testSet = coins(40, 3);
            model = CoinClassifier.builder()
                    .epochs(8).batchSize(20)
                    .earlyStopping(EarlyStopping.onValidationLoss().patience(3).restoreBestWeights(true))
                    .seed(42)
                    .listener(TrainingListener.logging())
                    .train(train, validationSet);
            // shared for the whole JVM: closed when it exits
        }
        return model;
    }

    /**
     * The model saved once per test JVM (into a temporary folder deleted when the JVM exits), for
     * the tests that load it: read it, copy it, never change it.
     */
    static synchronized Path saved() {
        if (saved == null) {
            saved = JvmTemporaryFolder.create("coinid-trained-model-").resolve("model");
            model().save(saved);
        }
        return saved;
    }

    static ImageDataset testSet() {
        model();
        return testSet;
    }

    static ImageDataset validationSet() {
        model();
        return validationSet;
    }

    /** {@code count} decoded pictures of the test set: the first, then every {@code step}-th. */
    static List<RgbImage> testPictures(int count, int step) {
        return IntStream.range(0, count).mapToObj(i -> testSet().get(i * step).source().load()).toList();
    }

    static ImageDataset coins(int perClass, long seed) {
        return SyntheticCoins.builder().imageSize(SIZE).imagesPerClass(perClass).seed(seed).build().generate();
    }
}
