package dev.coinid.research.classification;

import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.Outcome;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.training.TrainingListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
 * [data-folder] [--recipes seed,defaults] [--protocols split,night,night-other-look] [--size N] [--epochs N]
 *     [--rotations N] [--correction none|circle_mask|grey_world|grey_world_mask|gray|cutout_gray] [--seed N]
 *     [--threads N] [--precision float32|bfloat16] [--confusion-charts PREFIX] [--list-errors]
 * </pre>
 *
 * <p>The data folder defaults to {@code ../shared/datasets/euro-common-side}; when it is absent
 * the program says so and exits with status 2. {@code --size} and {@code --epochs} override the
 * recipes' own, {@code --rotations} adds to each run a row of the test predictions averaged over that many turns,
 * {@code --precision} trains and tests in that {@link Precision},
 * {@code --confusion-charts} writes {@code PREFIX-<recipe>.png}, a confusion matrix per protocol,
 * {@code --list-errors} prints every misclassified test photo with the label it was given.
 * Protocols that share their training photos ({@link Protocol#trainsAs()}: the night session as it
 * is and in another day's look) are tested on one model, trained once.
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
            List<QualityRun> recipeRuns = new ArrayList<>();
            Map<Protocol, List<Protocol>> byTraining = options.protocols().stream()
                    .collect(Collectors.groupingBy(Protocol::trainsAs, LinkedHashMap::new, Collectors.toList()));
            for (List<Protocol> sharingOneModel : byTraining.values()) {
                for (QualityRun run : trainAndTest(recipe, sharingOneModel, photos)) {
                    System.out.println(run.report());
                    System.out.println(run.tableRow());
                    recipeRuns.add(run);
                }
            }
            options.confusionCharts().ifPresent(prefix -> recipeRuns.stream()
                    .collect(Collectors.groupingBy(r -> r.recipe().name(), LinkedHashMap::new, Collectors.toList()))
                    .forEach((name, sameRecipe) -> System.out.println("confusion matrices: "
                            + ConfusionMatrixPanels.of(sameRecipe).writePng(Path.of(prefix + "-" + name + ".png")))));
            runs.addAll(recipeRuns);
        }
        System.out.println(QualityRun.tableHeader());
        runs.forEach(r -> System.out.println(r.tableRow()));
        System.out.printf(Locale.ROOT, "total wall time: %.1f min%n", (System.nanoTime() - start) / 60e9);
    }

    /** Trains {@code recipe} once on the training photos the protocols share and tests it on each protocol's test set. */
    private List<QualityRun> trainAndTest(TrainingRecipe recipe, List<Protocol> protocols, ImageDataset photos) {
        DatasetSplit trained = protocols.get(0).trainsAs().split(photos, options.seed());
        System.out.println("--- " + recipe.name() + " for the " + protocols.stream().map(Protocol::description)
                .collect(Collectors.joining("; ")) + ": train " + trained.train().size() + ", validation "
                + trained.validation().size());
        CoinClassifier.Builder builder = recipe.settings().apply(CoinClassifier.builder())
                .seed(options.seed()).threads(options.threads()).precision(options.precision()).listener(TrainingListener.logging());
        if (options.size() > 0) {
            builder.inputSize(options.size(), options.size());
        }
        if (options.epochs() > 0) {
            builder.epochs(options.epochs());
        }
        long start = System.nanoTime();
        List<QualityRun> runs = new ArrayList<>();
        try (CoinClassifier model = builder.train(trained.train(), trained.validation())) {
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Protocol protocol : protocols) {
                ImageDataset testSet = protocol.split(photos, options.seed()).test();
                System.out.println("test on the " + protocol.description() + ": " + testSet.size() + " "
                        + testSet.countsByLabel());
                Evaluation evaluation = model.evaluate(testSet);
                if (options.listErrors()) {
                    listErrors(model, testSet);
                }
                String settings = model.preprocessing() + "\n" + model.architecture() + "\n" + model.metadata().training()
                        + "\nphoto correction: " + options.correction() + ", precision: " + options.precision();
                runs.add(new QualityRun(recipe, protocol, settings, evaluation, seconds));
                if (options.rotations() > 1) {
                    TrainingRecipe averaged = new TrainingRecipe(recipe.name() + "+tta" + options.rotations(),
                            recipe.description() + ", test photos' probabilities averaged over " + options.rotations()
                                    + " turns", recipe.settings());
                    runs.add(new QualityRun(averaged, protocol, settings + ", test-time turns: " + options.rotations(),
                            new RotationAveraging(options.rotations()).evaluate(model, testSet), seconds));
                }
            }
        }
        return runs;
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
                   boolean listErrors, Optional<String> confusionCharts) {

        static Options parse(String[] args) {
            Path data = DEFAULT_DATA;
            List<TrainingRecipe> recipes = List.of(TrainingRecipe.seedExperiment(), TrainingRecipe.libraryDefaults());
            List<Protocol> protocols = List.of(Protocol.values());
            Optional<String> confusionCharts = Optional.empty();
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
                    case "--confusion-charts" -> confusionCharts = Optional.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg
                            + "; known: --recipes --protocols --size --epochs --rotations --correction --seed --threads --precision"
                            + " --confusion-charts --list-errors");
                }
            }
            return new Options(data, recipes, protocols, size, epochs, rotations, correction, seed, threads, precision, listErrors,
                    confusionCharts);
        }

        private static Protocol protocol(String name) {
            return switch (name) {
                case "split" -> Protocol.GROUP_SPLIT;
                case "night" -> Protocol.NIGHT_HOLD_OUT;
                case "night-other-look" -> Protocol.NIGHT_OTHER_LOOK;
                default -> throw new IllegalArgumentException("unknown protocol '" + name
                        + "', known: split, night, night-other-look");
            };
        }
    }
}
