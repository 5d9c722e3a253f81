package dev.coinid.research.classification;

import dev.coinid.image.Outcome;
import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.Precision;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.training.TrainingListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The quality evaluation of issue 8: trains each recipe under each protocol on the shared real
 * photos and prints, per run, macro recall, per-class recall, the confusion matrix and the
 * training time, then one Markdown table of all runs.
 *
 * <p>The table of docs/classification.md (seed CNN + seed augmentation against the builder's defaults, on a
 * group-aware random split and on the held-out night session, seed 42) comes from running it with
 * no options from the project root:
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests
 * mvn -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.classification.SessionHoldOutEvaluation
 * </pre>
 *
 * <p>All options (in {@code -Dexec.args="..."}):
 *
 * <pre>
 * [data-folder] [--recipes seed,defaults] [--protocols split,night] [--size N] [--epochs N]
 *     [--rotations N] [--correction none|circle_mask|grey_world|grey_world_mask|gray|cutout_gray] [--seed N]
 *     [--threads N] [--precision float32|bfloat16] [--list-errors]
 * </pre>
 *
 * <p>The data folder defaults to {@code ../shared/datasets/euro-common-side}; when it is absent
 * the program says so and exits with status 2. {@code --size} and {@code --epochs} override the
 * recipes' own, {@code --rotations} averages test predictions over that many rotations,
 * {@code --precision} trains and tests in that {@link Precision},
 * {@code --list-errors} prints every misclassified test photo with the label it was given.
 */
public final class SessionHoldOutEvaluation {

    private static final Path DEFAULT_DATA = Path.of("..", "shared", "datasets", "euro-common-side");

    private final Options options;

    private SessionHoldOutEvaluation(Options options) {
        this.options = options;
    }

    /** Runs the evaluation; see the class comment for the arguments. */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (!Files.isDirectory(options.data())) {
            System.err.println("skipped: the shared photos " + options.data().toAbsolutePath().normalize()
                    + " are absent (they live in ../shared/datasets next to the project root)");
            System.exit(2);
            return;
        }
        new SessionHoldOutEvaluation(options).run();
    }

    private void run() {
        long start = System.nanoTime();
        ImageDataset photos = options.correction().applyTo(ImageDataset.fromClassFolders(options.data()));
        System.out.println("photos: " + photos.size() + " " + photos.countsByLabel());
        List<QualityRun> runs = new ArrayList<>();
        for (TrainingRecipe recipe : options.recipes()) {
            for (Protocol protocol : options.protocols()) {
                QualityRun run = trainAndTest(recipe, protocol, photos);
                System.out.println(run.report());
                System.out.println(run.tableRow());
                runs.add(run);
            }
        }
        System.out.println(QualityRun.tableHeader());
        runs.forEach(r -> System.out.println(r.tableRow()));
        System.out.printf(Locale.ROOT, "total wall time: %.1f min%n", (System.nanoTime() - start) / 60e9);
    }

    private QualityRun trainAndTest(TrainingRecipe recipe, Protocol protocol, ImageDataset photos) {
        DatasetSplit parts = protocol.split(photos, options.seed());
        System.out.println("--- " + recipe.name() + " on the " + protocol.description() + ": train "
                + parts.train().size() + ", validation " + parts.validation().size() + ", test " + parts.test().size()
                + " " + parts.test().countsByLabel());
        CoinClassifier.Builder builder = recipe.settings().apply(CoinClassifier.builder())
                .seed(options.seed()).threads(options.threads()).precision(options.precision()).listener(TrainingListener.logging());
        if (options.size() > 0) {
            builder.inputSize(options.size(), options.size());
        }
        if (options.epochs() > 0) {
            builder.epochs(options.epochs());
        }
        long start = System.nanoTime();
        try (CoinClassifier model = builder.train(parts.train(), parts.validation())) {
            double seconds = (System.nanoTime() - start) / 1e9;
            Evaluation evaluation = new RotationAveraging(options.rotations()).evaluate(model, parts.test());
            if (options.listErrors()) {
                listErrors(model, parts.test());
            }
            if (options.rotations() > 1) {
                System.out.printf(Locale.ROOT, "without rotation averaging: macro recall %.4f%n",
                        model.evaluate(parts.test()).macroRecall());
            }
            String settings = model.preprocessing() + "\n" + model.architecture() + "\n" + model.metadata().training()
                    + "\ntest-time rotations: " + options.rotations() + ", photo correction: " + options.correction()
                    + ", precision: " + options.precision();
            return new QualityRun(recipe, protocol, settings, evaluation, seconds);
        }
    }

    /** Prints each misclassified test photo: name, actual label, predicted label and its probability. */
    private static void listErrors(CoinClassifier model, ImageDataset testSet) {
        List<Classification> results = model.classifyAll(testSet.stream().map(LabelledImage::source).toList()).stream()
                .map(Outcome::orElseThrow).toList();
        for (int i = 0; i < testSet.size(); i++) {
            LabelScore top = results.get(i).topK().get(0);
            if (!top.label().equals(testSet.get(i).label())) {
                System.out.printf(Locale.ROOT, "error: %s actual %s predicted %s %.2f%n", testSet.get(i).source().name(),
                        testSet.get(i).label(), top.label(), top.probability());
            }
        }
    }

    /** The command line, parsed. */
    record Options(Path data, List<TrainingRecipe> recipes, List<Protocol> protocols, int size, int epochs,
                   int rotations, PhotoCorrection correction, long seed, int threads, Precision precision,
                   boolean listErrors) {

        static Options parse(String[] args) {
            Path data = DEFAULT_DATA;
            List<TrainingRecipe> recipes = List.of(TrainingRecipe.seedExperiment(), TrainingRecipe.libraryDefaults());
            List<Protocol> protocols = List.of(Protocol.GROUP_SPLIT, Protocol.NIGHT_HOLD_OUT);
            int size = 0;
            int epochs = 0;
            int rotations = 1;
            PhotoCorrection correction = PhotoCorrection.NONE;
            long seed = 42;
            int threads = Runtime.getRuntime().availableProcessors();
            Precision precision = Precision.FLOAT32;
            boolean listErrors = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    data = Path.of(arg);
                    continue;
                }
                if (arg.equals("--list-errors")) {
                    listErrors = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--recipes" -> recipes = Arrays.stream(value.split(",")).map(TrainingRecipe::named).toList();
                    case "--protocols" -> protocols = Arrays.stream(value.split(",")).map(Options::protocol).toList();
                    case "--size" -> size = Integer.parseInt(value);
                    case "--epochs" -> epochs = Integer.parseInt(value);
                    case "--rotations" -> rotations = Integer.parseInt(value);
                    case "--correction" -> correction = PhotoCorrection.valueOf(value.toUpperCase(java.util.Locale.ROOT));
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--precision" -> precision = Precision.valueOf(value.toUpperCase(java.util.Locale.ROOT));
                    default -> throw new IllegalArgumentException("unknown option " + arg
                            + "; known: --recipes --protocols --size --epochs --rotations --correction --seed --threads --precision"
                            + " --list-errors");
                }
            }
            return new Options(data, recipes, protocols, size, epochs, rotations, correction, seed, threads, precision, listErrors);
        }

        private static Protocol protocol(String name) {
            return switch (name) {
                case "split" -> Protocol.GROUP_SPLIT;
                case "night" -> Protocol.NIGHT_HOLD_OUT;
                default -> throw new IllegalArgumentException("unknown protocol '" + name + "', known: split, night");
            };
        }
    }
}
