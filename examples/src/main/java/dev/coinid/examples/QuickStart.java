package dev.coinid.examples;

import dev.coinid.image.ImageSource;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.CatalogMatch;
import dev.coinid.catalog.CatalogLookup;
import dev.coinid.catalog.LabelMapping;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.DatasetSplitter;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.TrainingListener;

import java.nio.file.Path;

/**
 * The library in twenty lines: train a classifier on a folder of coin photos, check it on
 * photos it never saw, save it, and tell what coin a new photo shows, with its catalog facts.
 *
 * <p>Run: {@code java -cp coin-cli/target/coinid.jar:examples/target/examples-0.1.0-SNAPSHOT.jar dev.coinid.examples.QuickStart <photos> <photo>},
 * where {@code <photos>} holds one sub-folder per coin ({@code photos/Atenas/*.jpg}, ...).
 */
public final class QuickStart {

    private QuickStart() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: QuickStart <photos-folder-with-one-sub-folder-per-coin> <photo-to-classify>");
            System.exit(2);
        }
        ImageDataset photos = ImageDataset.fromClassFolders(Path.of(args[0]));
        DatasetSplit split = DatasetSplitter.builder().build().split(photos); // 64% train, 16% validation, 20% test

        try (CoinClassifier model = CoinClassifier.builder()                 // coinid's defaults (polar recipe)
                .earlyStopping(EarlyStopping.onValidationLoss().patience(5))
                .listener(TrainingListener.progressBar())
                .train(split.train(), split.validation())) {

            System.out.println(model.evaluate(split.test()).report());       // accuracy, recall, confusion matrix
            model.save(Path.of("my-coin-model"));                           // load with CoinClassifier.load(dir)

            CatalogLookup catalog = CatalogLookup.of(CoinCatalog.bundled(), LabelMapping.seedClasses());
            CatalogMatch coin = catalog.lookUp(model.classify(ImageSource.of(Path.of(args[1]))));
            System.out.printf("%s: %s (%.0f%%)%n", args[1], coin.label(), 100 * coin.confidence());
            System.out.println(coin.describe() + (coin.isCommemorative() ? " - a commemorative!" : ""));
        }
    }
}
