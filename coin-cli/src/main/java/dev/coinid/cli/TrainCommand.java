package dev.coinid.cli;

import dev.coinid.cli.charts.ConfusionMatrixChart;
import dev.coinid.cli.charts.TrainingCurvesChart;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.DatasetSplitter;
import dev.coinid.dataset.GroupKey;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.Monitor;
import dev.coinid.model.training.TrainingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code coinid train <folder>}: splits a folder of labelled photos into train, validation and
 * test parts (by group when a group key is given), trains a classifier with a named recipe
 * ({@code polar}, coinid's default and the same as {@link CoinClassifier#builder()}, or {@code seed},
 * the original experiment), prints its evaluation on the test part, saves the model and draws its
 * training curves and confusion matrix.
 */
@Command(name = "train", sortOptions = false,
        description = {
            "Trains a coin classifier on a folder of labelled photos, evaluates it on a held-out test part and "
                    + "saves it.",
            "Default: the polar recipe (the library's default: the coin found and unwrapped into 128x32 polar "
                    + "coordinates, grey local contrast, the polar CNN and augmentation, 40 epochs of batches of 32, "
                    + "Adam at 0.001) and a 64/16/20 train/validation/test split. --recipe seed trains the original "
                    + "experiment (128x128 stretched photos, seed CNN and augmentation, 50 epochs of 20)."})
final class TrainCommand implements Callable<Integer> {

    /** The recipes a user can pick by name. */
    enum RecipeChoice {
        /** coinid's default, {@link Recipe#polar()}: what {@code CoinClassifier.builder()} trains. */
        POLAR,
        /** The original experiment, {@link Recipe#seed()}. */
        SEED;

        Recipe recipe() {
            return switch (this) {
                case POLAR -> Recipe.polar();
                case SEED -> Recipe.seed();
            };
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "The photos: one sub-folder per class, or one "
            + "flat folder whose file names carry the label.")
    Path folder;

    @Mixin
    DatasetOptions dataset = new DatasetOptions();

    @Option(names = {"-o", "--output"}, defaultValue = "coinid-model", paramLabel = "<dir>",
            description = "Where to save the model (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--charts", paramLabel = "<dir>",
            description = "Where to write training-curves.png, confusion-matrix.png and training-history.csv "
                    + "(default: <output>-charts).")
    Path charts;

    @Option(names = "--no-charts", description = "Write no charts.")
    boolean noCharts;

    @Option(names = "--group-key", paramLabel = "<regex>",
            description = "Keep photos whose names share this regex's match (or first group) in one split part, "
                    + "e.g. 'IMG_\\d+_\\d+' for crops of one photograph. Default: every photo is its own group.")
    String groupKey;

    @Option(names = "--test-fraction", defaultValue = "0.2", paramLabel = "<fraction>",
            description = "Share of the photos held out for the final test (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--validation-fraction", defaultValue = "0.2", paramLabel = "<fraction>",
            description = "Share of the rest watched during training (default: ${DEFAULT-VALUE}).")
    double validationFraction;

    @Option(names = "--split-seed", defaultValue = "42", paramLabel = "<n>",
            description = "Seed of the split (default: ${DEFAULT-VALUE}).")
    long splitSeed;

    @Option(names = "--recipe", defaultValue = "POLAR", paramLabel = "<name>",
            description = "How to train: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the library's default; "
                    + "SEED is the original experiment).")
    RecipeChoice recipe;

    @Option(names = "--input-size", paramLabel = "<pixels|WxH>", converter = InputSize.Converter.class,
            description = "The network's input: one number for a square, or width x height such as 128x32 "
                    + "(angles x radii for the polar recipe) (default: the recipe's, 128x32 polar, 128 seed).")
    InputSize inputSize;

    @Option(names = "--epochs", paramLabel = "<n>",
            description = "Most epochs to train (default: the recipe's, 40 polar, 50 seed).")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "<n>",
            description = "Photos per training batch (default: the recipe's, 32 polar, 20 seed).")
    Integer batchSize;

    @Option(names = "--learning-rate", paramLabel = "<rate>",
            description = "Adam's learning rate (default: the recipe's, 0.001).")
    Double learningRate;

    @Option(names = "--patience", defaultValue = "0", paramLabel = "<epochs>",
            description = "Stop after this many epochs without improvement of --monitor and keep the best "
                    + "epoch's weights; 0 trains every epoch (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--monitor", defaultValue = "VALIDATION_LOSS", paramLabel = "<value>",
            description = "What early stopping watches: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Monitor monitor;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "<n>",
            description = "Seed of weights, shuffles, augmentation and dropout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "<n>", description = "TensorFlow threads (default: all cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();

        ImageDataset photos = dataset.read(folder);
        if (groupKey != null) {
            photos = photos.withGroups(GroupKey.regex(groupKey));
        }
        out.printf(Locale.ROOT, "Read %d photos of %d classes from %s: %s%n", photos.size(), photos.labels().size(),
                folder, photos.countsByLabel());
        DatasetSplit split = DatasetSplitter.builder()
                .testFraction(testFraction).validationFraction(validationFraction).seed(splitSeed)
                .build().split(photos);
        out.printf(Locale.ROOT, "Split %s: %d train, %d validation, %d test photos%n", describeGrouping(photos),
                split.train().size(), split.validation().size(), split.test().size());
        out.flush();

        try (CoinClassifier model = train(split)) {
            ImageDataset heldOut = split.test().isEmpty() ? split.validation() : split.test();
            Evaluation evaluation = null;
            if (!heldOut.isEmpty()) {
                evaluation = model.evaluate(heldOut);
                out.printf("%nEvaluation on the %s part (never trained on):%n%s%n",
                        split.test().isEmpty() ? "validation" : "test", evaluation.report());
            }
            model.save(output);
            out.println("Model saved to " + output.toAbsolutePath());
            if (!noCharts) {
                writeCharts(model, evaluation, out);
            }
        }
        return ExitCodes.OK;
    }

    /** The recipe the options ask for: the named recipe with the sizes and numbers given on the command line. */
    Recipe recipe() {
        Recipe base = recipe.recipe();
        Preprocessing preprocessing = inputSize == null ? base.preprocessing()
                : base.preprocessing().inputSize(inputSize.width(), inputSize.height());
        return new Recipe(preprocessing, base.architecture(), base.augmentation(),
                epochs != null ? epochs : base.epochs(),
                batchSize != null ? batchSize : base.batchSize(),
                learningRate != null ? learningRate : base.learningRate());
    }

    private CoinClassifier train(DatasetSplit split) {
        CoinClassifier.Builder builder = CoinClassifier.builder().recipe(recipe()).seed(seed);
        if (patience > 0) {
            builder.earlyStopping(EarlyStopping.on(monitor).patience(patience).restoreBestWeights(true));
        }
        if (threads != null) {
            builder.threads(threads);
        }
        if (!quiet) {
            builder.listener(TrainingListener.progressBar());
        }
        return split.validation().isEmpty() ? builder.train(split.train()) : builder.train(split.train(), split.validation());
    }

    private void writeCharts(CoinClassifier model, Evaluation evaluation, PrintWriter out) {
        Path dir = charts != null ? charts : output.toAbsolutePath().resolveSibling(output.getFileName() + "-charts");
        if (!model.history().epochs().isEmpty()) {
            out.println("Training curves: " + TrainingCurvesChart.of(model.history())
                    .writePng(dir.resolve("training-curves.png")));
            Path csv = dir.resolve("training-history.csv");
            model.history().writeCsv(csv);
            out.println("Training history: " + csv.toAbsolutePath());
        }
        if (evaluation != null) {
            out.println("Confusion matrix: " + ConfusionMatrixChart.of(evaluation)
                    .writePng(dir.resolve("confusion-matrix.png")));
        }
    }

    private String describeGrouping(ImageDataset photos) {
        if (groupKey == null) {
            return "by photo";
        }
        long groups = photos.stream().map(LabelledImage::group).distinct().count();
        return "by group key '" + groupKey + "' (" + groups + " groups)";
    }

    private void checkOptions() {
        require(epochs == null || epochs >= 1, "--epochs must be at least 1, was " + epochs);
        require(batchSize == null || batchSize >= 1, "--batch-size must be at least 1, was " + batchSize);
        require(learningRate == null || learningRate > 0 && Double.isFinite(learningRate),
                "--learning-rate must be positive, was " + learningRate);
        require(inputSize == null || inputSize.width() >= 16 && inputSize.width() <= 1024 && inputSize.height() >= 8
                && inputSize.height() <= 1024, "--input-size must be 16 to 1024 pixels wide and 8 to 1024 high, was "
                + (inputSize == null ? "" : inputSize.width() + "x" + inputSize.height()));
        require(testFraction >= 0 && testFraction < 1, "--test-fraction must be in [0, 1), was " + testFraction);
        require(validationFraction >= 0 && validationFraction < 1,
                "--validation-fraction must be in [0, 1), was " + validationFraction);
        require(patience >= 0, "--patience must not be negative, was " + patience);
        require(threads == null || threads >= 1, "--threads must be at least 1, was " + threads);
        require(patience == 0 || validationFraction > 0 || !monitor.needsValidation(),
                "--monitor " + monitor + " needs a validation part; use --validation-fraction > 0 "
                        + "or --monitor TRAINING_LOSS");
        if (groupKey != null) {
            try {
                Pattern.compile(groupKey);
            } catch (PatternSyntaxException e) {
                require(false, "--group-key is not a valid regex: " + e.getDescription() + " in '" + groupKey + "'");
            }
        }
        dataset.checkOptions(spec.commandLine());
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }
}
