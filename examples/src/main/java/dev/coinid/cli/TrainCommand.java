package dev.coinid.cli;

import dev.coinid.augment.Augmentation;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.DatasetSplitter;
import dev.coinid.dataset.GroupKey;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.examples.charts.ConfusionMatrixChart;
import dev.coinid.examples.charts.TrainingCurvesChart;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.Fit;
import dev.coinid.model.Normalization;
import dev.coinid.model.Preprocessing;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.evaluation.Evaluation;
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
 * test parts (by group when a group key is given), trains a classifier with the original
 * experiment's settings unless told otherwise, prints its evaluation on the test part, saves the
 * model and draws its training curves and confusion matrix.
 */
@Command(name = "train", sortOptions = false,
        description = {
            "Trains a coin classifier on a folder of labelled photos, evaluates it on a held-out test part and "
                    + "saves it.",
            "Defaults are the original experiment's: 128x128 stretched photos, the seed CNN, the seed augmentation, "
                    + "50 epochs of batches of 20, Adam at 0.001, a 64/16/20 train/validation/test split."})
final class TrainCommand implements Callable<Integer> {

    /** The augmentations a user can pick by name. */
    enum AugmentationChoice {
        /** The original experiment's: rotation 30, shift 0.1, shear 0.1, zoom 0.2, no flips. */
        SEED,
        /** coinid's robust preset: any rotation, mild zoom and shift, brightness and white-balance gains. */
        ROBUST,
        /** For --fit COIN_POLAR: any turn of the coin as a cyclic shift of the columns, brightness and gamma. */
        POLAR,
        /** None: every epoch sees the photos as they are. */
        NONE;

        Augmentation spec() {
            return switch (this) {
                case SEED -> Augmentation.seedPreset();
                case ROBUST -> Augmentation.robustPreset();
                case POLAR -> Augmentation.polarPreset();
                case NONE -> Augmentation.none();
            };
        }
    }

    /** The networks a user can pick by name. */
    enum ArchitectureChoice {
        /** The original experiment's CNN. */
        SEED,
        /** Instance normalisation, global average pooling and dropout. */
        ROBUST,
        /** ROBUST with cyclic-width padding, for --fit COIN_POLAR: coinid's default. */
        POLAR;

        Architecture architecture() {
            return switch (this) {
                case SEED -> Architectures.seedCnn();
                case ROBUST -> Architectures.robustCnn();
                case POLAR -> Architectures.polarCnn();
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

    @Option(names = "--input-size", defaultValue = "128", paramLabel = "<pixels|WxH>",
            converter = InputSize.Converter.class,
            description = "The network's input: one number for a square, or width x height such as 128x32 "
                    + "(angles x radii for --fit COIN_POLAR) (default: ${DEFAULT-VALUE}).")
    InputSize inputSize;

    @Option(names = "--fit", defaultValue = "STRETCH", paramLabel = "<fit>",
            description = "How a photo is fitted into the input: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Fit fit;

    @Option(names = "--architecture", defaultValue = "SEED", paramLabel = "<name>",
            description = "The network: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ArchitectureChoice architecture;

    @Option(names = "--normalization", defaultValue = "NONE", paramLabel = "<name>",
            description = "Normalisation of each photo after rescaling: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Normalization normalization;

    @Option(names = "--augmentation", defaultValue = "SEED", paramLabel = "<name>",
            description = "Random transforms of training photos: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AugmentationChoice augmentation;

    @Option(names = "--epochs", defaultValue = "50", paramLabel = "<n>",
            description = "Most epochs to train (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", defaultValue = "20", paramLabel = "<n>",
            description = "Photos per training batch (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--learning-rate", defaultValue = "0.001", paramLabel = "<rate>",
            description = "Adam's learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

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

    private CoinClassifier train(DatasetSplit split) {
        CoinClassifier.Builder builder = CoinClassifier.builder()
                .preprocessing(Preprocessing.defaults().inputSize(inputSize.width(), inputSize.height()).fit(fit)
                        .normalization(normalization))
                .architecture(architecture.architecture())
                .augmentation(augmentation.spec())
                .epochs(epochs).batchSize(batchSize).learningRate(learningRate).seed(seed);
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
        require(epochs >= 1, "--epochs must be at least 1, was " + epochs);
        require(batchSize >= 1, "--batch-size must be at least 1, was " + batchSize);
        require(learningRate > 0 && Double.isFinite(learningRate), "--learning-rate must be positive, was "
                + learningRate);
        require(inputSize.width() >= 16 && inputSize.width() <= 1024 && inputSize.height() >= 8
                && inputSize.height() <= 1024, "--input-size must be 16 to 1024 pixels wide and 8 to 1024 high, was "
                + inputSize.width() + "x" + inputSize.height());
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
