package dev.coinid.examples;

import dev.coinid.catalog.CatalogLookup;
import dev.coinid.catalog.CatalogMatch;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.LabelMapping;
import dev.coinid.cli.charts.ConfusionMatrixChart;
import dev.coinid.cli.charts.TrainingCurvesChart;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.DatasetSplitter;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.ImageSource;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.TrainingListener;
import dev.coinid.synthetic.SyntheticCoins;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The demo the README's main command runs ({@code mvn -B -ntp -Pdemo -DskipTests package}): with
 * nothing to download, it makes a synthetic data set of the original experiment's four coins
 * (Altamira, Atenas, Francia, Vaticano), trains coinid's default recipe ({@link Recipe#polar()}, what
 * {@link CoinClassifier#builder()} trains) with early stopping and a live progress bar, prints the
 * evaluation on held-out photos, draws the
 * training curves and the confusion matrix, saves the model, loads it back and classifies a
 * sample photo with its catalog facts; then identifies made-up 2-euro designs from one catalog
 * picture each ({@link IdentificationDemo}).
 *
 * <p>Everything lands in {@code coinid-demo/} in the working directory, or in the folder named
 * by {@code -Dcoinid.demo.out=...}.
 */
public final class Demo {

    /** The system property naming the output folder. */
    public static final String OUTPUT_PROPERTY = "coinid.demo.out";

    /**
     * What the demo does, in numbers.
     *
     * @param output the folder everything is written to
     * @param imageSize width and height of the synthetic photos
     * @param imagesPerClass synthetic photos per coin
     * @param epochs the most epochs to train
     * @param patience epochs without a validation loss lower by at least 0.01 than the best so far
     *     before training stops
     */
    public record Settings(Path output, int imageSize, int imagesPerClass, int epochs, int patience) {

        public Settings {
            Objects.requireNonNull(output, "output");
        }

        /**
         * The demo's defaults: 48x48 photos, 300 per coin, at most 40 epochs (the recipe's) with a
         * patience of 3: the polar recipe tells the synthetic coins apart within about ten epochs.
         */
        public static Settings defaults(Path output) {
            return new Settings(output, 48, 300, 40, 3);
        }
    }

    private final Settings settings;
    private final PrintStream out;

    /** A demo with these settings, reporting to {@code out}; the progress bar goes to standard error. */
    public Demo(Settings settings, PrintStream out) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Runs the demo into {@code coinid-demo/} or the folder {@code -Dcoinid.demo.out} names. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path output = Path.of(System.getProperty(OUTPUT_PROPERTY, "coinid-demo")).toAbsolutePath();
        new Demo(Settings.defaults(output), System.out).run();
    }

    /** Runs every step and returns what the reloaded model said about the sample photo. */
    public CatalogMatch run() {
        long start = System.nanoTime();
        Path output = settings.output();
        out.println("coinid demo: synthetic coins -> CNN -> evaluation -> charts -> saved model -> catalog "
                + "-> identification from catalog pictures");
        out.println("Writing to " + output + "  (change with -D" + OUTPUT_PROPERTY + "=<folder>)");

        out.printf(Locale.ROOT, "%n[1/7] Drawing %d synthetic %dx%d photos of each of the original experiment's coins%n",
                settings.imagesPerClass(), settings.imageSize(), settings.imageSize());
        SyntheticCoins coins = SyntheticCoins.builder()
                .labels(SyntheticCoins.DEFAULT_LABELS)
                .imageSize(settings.imageSize())
                .imagesPerClass(settings.imagesPerClass())
                .seed(42)
                .build();
        Path photos = output.resolve("synthetic-coins");
        coins.writeTo(photos);
        ImageDataset dataset = ImageDataset.fromClassFolders(photos);
        out.println("      " + dataset.countsByLabel() + " in " + photos + " (one folder per coin)");

        out.println("\n[2/7] Splitting as the original experiment: 20% test, then 20% of the rest for validation");
        DatasetSplit split = DatasetSplitter.builder().testFraction(0.2).validationFraction(0.2).seed(42)
                .build().split(dataset);
        out.printf(Locale.ROOT, "      %d train, %d validation, %d test photos%n",
                split.train().size(), split.validation().size(), split.test().size());

        Recipe recipe = recipe();
        out.printf(Locale.ROOT, "%n[3/7] Training coinid's default recipe: each coin found and unwrapped into %dx%d "
                + "polar coordinates, grey local contrast, the polar CNN with its augmentation, batches of %d, up to %d "
                + "epochs, early stopping on validation loss (patience %d, min delta 0.01)%n",
                recipe.preprocessing().width(), recipe.preprocessing().height(), recipe.batchSize(), recipe.epochs(),
                settings.patience());
        out.flush();
        Path modelDir = output.resolve("model");
        CatalogMatch sampleResult;
        try (CoinClassifier model = trainer()
                .earlyStopping(EarlyStopping.onValidationLoss().patience(settings.patience()).minDelta(0.01)
                        .restoreBestWeights(true))
                .seed(42)
                .listener(TrainingListener.progressBar())
                .train(split.train(), split.validation())) {

            out.println("\n[4/7] Evaluation on the " + split.test().size() + " test photos (never seen in training):");
            Evaluation evaluation = model.evaluate(split.test());
            out.println(indent(evaluation.report()));

            out.println("[5/7] Charts");
            out.println("      training curves:  " + TrainingCurvesChart.of(model.history())
                    .writePng(output.resolve("training-curves.png")));
            out.println("      confusion matrix: " + ConfusionMatrixChart.of(evaluation)
                    .writePng(output.resolve("confusion-matrix.png")));
            Path csv = output.resolve("training-history.csv");
            model.history().writeCsv(csv);
            out.println("      training history: " + csv);

            model.save(modelDir);
        }

        out.println("\n[6/7] Model saved to " + modelDir + "; loading it back to classify a sample photo");
        LabelledImage sample = sampleOf(split.test(), "Atenas");
        Path samplePath = sample.source().path().orElseThrow();
        try (CoinClassifier reloaded = CoinClassifier.load(modelDir)) {
            CatalogLookup lookup = CatalogLookup.of(CoinCatalog.bundled(), LabelMapping.seedClasses());
            sampleResult = lookup.lookUp(reloaded.classify(ImageSource.of(samplePath)));
        }
        out.println("      sample: " + samplePath + " (a held-out photo of " + sample.label() + ")");
        out.printf(Locale.ROOT, "      model says: %s (%.1f%%)%n", sampleResult.label(), 100 * sampleResult.confidence());
        out.println("      commemorative: " + (sampleResult.isCommemorative() ? "yes" : "no"));
        out.println("      catalog: " + sampleResult.describe());
        sampleResult.coin().ifPresent(coin -> out.println("      catalog id: " + coin.id()));

        out.println("\n[7/7] Identifying 2-euro designs from one catalog picture each (coin-match)");
        new IdentificationDemo(output, out).run();

        out.printf(Locale.ROOT, "%nDemo done in %s. Files are in %s%n", duration(System.nanoTime() - start), output);
        out.flush();
        return sampleResult;
    }

    /** What the demo trains: the builder's default recipe, with the demo's most epochs. */
    public Recipe recipe() {
        return trainer().recipe();
    }

    private CoinClassifier.Builder trainer() {
        return CoinClassifier.builder().epochs(settings.epochs());
    }

    /** The first held-out photo of {@code label}, or the first held-out photo when it has none. */
    private static LabelledImage sampleOf(ImageDataset heldOut, String label) {
        return heldOut.stream().filter(i -> i.label().equals(label)).findFirst().orElse(heldOut.get(0));
    }

    private static String indent(String text) {
        return text.lines().map(line -> "      " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static String duration(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        return seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
