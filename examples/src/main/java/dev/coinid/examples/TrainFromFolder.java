package dev.coinid.examples;

import dev.coinid.cli.charts.ConfusionMatrixChart;
import dev.coinid.cli.charts.TrainingCurvesChart;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.DatasetSplitter;
import dev.coinid.dataset.GroupKey;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelRule;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.TrainingListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Training on your own photos, step by step: read a folder (one sub-folder per coin, or one
 * flat folder named the original experiment's way, {@code Atenas0 (78).jpg}), split it by
 * photograph so crops of one picture never sit on both sides, train coinid's default recipe with
 * early stopping, evaluate on the test part, save the model and draw its charts.
 *
 * <p>Run: {@code java -cp coin-cli/target/coinid.jar:examples/target/examples-0.1.0-SNAPSHOT.jar dev.coinid.examples.TrainFromFolder
 * <photos> <model-dir> ['IMG_\d+_\d+']}; the optional last argument is the group-key regex.
 */
public final class TrainFromFolder {

    private TrainFromFolder() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: TrainFromFolder <photos-folder> <model-dir> [group-key-regex]");
            System.exit(2);
        }
        // Recipe.polar() is coinid's default (what CoinClassifier.builder() trains untouched);
        // Recipe.seed() is the original Keras experiment's.
        Evaluation test = trainAndSave(Path.of(args[0]), Path.of(args[1]), args.length == 3 ? args[2] : null,
                Recipe.polar());
        System.out.println(test.report());
    }

    /**
     * Trains {@code recipe} on {@code folder} (for at most its epochs), saves the model to
     * {@code modelDir} with its charts beside it, and returns the test evaluation.
     *
     * @param groupKey a regex whose match in a file name names its photograph, or null: each file its own
     * @param recipe what to train: {@link Recipe#polar()} (the default) or {@link Recipe#seed()}
     */
    public static Evaluation trainAndSave(Path folder, Path modelDir, String groupKey, Recipe recipe) {
        // 1. Read the photos. Nothing is decoded yet: a data set is a list of files and labels.
        ImageDataset photos = hasSubFolders(folder)
                ? ImageDataset.fromClassFolders(folder)
                : ImageDataset.fromFileNames(folder, LabelRule.prefixBeforeFirstZero());
        System.out.println("Photos per class: " + photos.countsByLabel());

        // 2. Split 64/16/20, keeping every group (photograph) in one part.
        DatasetSplitter.Builder splitter = DatasetSplitter.builder().testFraction(0.2).validationFraction(0.2).seed(42);
        if (groupKey != null) {
            splitter.groupKey(GroupKey.regex(groupKey));
        }
        DatasetSplit split = splitter.build().split(photos);
        System.out.println(split);

        // 3. Train the recipe (preprocessing, network, augmentation, epochs, batch size, learning
        //    rate); stop when validation loss has not improved for 9 epochs and keep the best
        //    epoch's weights.
        try (CoinClassifier model = CoinClassifier.builder()
                .recipe(recipe)
                .earlyStopping(EarlyStopping.onValidationLoss().patience(9).restoreBestWeights(true))
                .seed(42)
                .listener(TrainingListener.progressBar())
                .train(split.train(), split.validation())) {

            // 4. Measure on the test part, touched once, then save the model and its charts.
            Evaluation test = model.evaluate(split.test());
            model.save(modelDir);
            Path charts = modelDir.toAbsolutePath().resolveSibling(modelDir.getFileName() + "-charts");
            TrainingCurvesChart.of(model.history()).writePng(charts.resolve("training-curves.png"));
            ConfusionMatrixChart.of(test).writePng(charts.resolve("confusion-matrix.png"));
            System.out.println("Model saved to " + modelDir.toAbsolutePath() + ", charts in " + charts);
            return test;
        }
    }

    private static boolean hasSubFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return true; // fromClassFolders says the folder is missing
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(Files::isDirectory);
        } catch (java.io.IOException e) {
            return true; // fromClassFolders reports the folder it cannot list
        }
    }
}
