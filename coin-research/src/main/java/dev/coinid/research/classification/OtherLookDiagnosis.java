package dev.coinid.research.classification;

import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.Outcome;
import dev.coinid.image.RgbImage;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.training.TrainingListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Why a model trained for protocol (b) loses on (c), another day's look: tests one model on the
 * night photos as they are, in the whole look, with the background's hue turned only, with the
 * light changed only, and, for the whole look and the light alone, with the coin unwrapped about
 * the circle the locator finds on the photo before the look (an oracle locator). The polar input
 * reads nothing outside the rim, so the background reaches the network only through where the
 * coin is found; the oracle rows show how much of the loss that is.
 *
 * <p>The oracle is served to the model as a picture: the looked photo cut out around the circle
 * found before the look, on the cut-out's flat grey ({@link CoinLocator#cutOut}), so that the one
 * circle with a strong edge is that one; the program prints how far the locator still strays on it.
 *
 * <pre>
 * mvn -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.classification.OtherLookDiagnosis \
 *   -Dexec.args="[--recipe defaults] [--model DIR] [--seed 42] [--turns N] [data-folder]"
 * </pre>
 *
 * <p>{@code --turns N} adds (b) and (c) with each photo's probabilities averaged over N turns ({@link RotationAveraging}).
 *
 * <p>With {@code --model DIR} an existing model is loaded from {@code DIR}, or, when {@code DIR}
 * is absent, the recipe is trained for (b) and saved there, so that further diagnoses of the same
 * model need no training.
 */
public final class OtherLookDiagnosis {

    private static final Path DEFAULT_DATA = Path.of("..", "shared", "datasets", "euro-common-side");
    private static final CoinLocator LOCATOR = CoinLocator.forCroppedCoins();
    /** The oracle picture's side and the margin around the rim, so that the rim is 0.4 of the side, as in the shared crops. */
    private static final int ORACLE_SIZE = 256;
    private static final double ORACLE_MARGIN = 0.25;

    /**
     * A part of the look: its name, what it keeps of a photograph's look, and whether to test it
     * with the oracle too (not for the hue alone, which changes no pixel of the coin).
     */
    private record PartOfTheLook(String name, UnaryOperator<OtherDayLook.Look> pick, boolean withOracle) {
    }

    private static final List<PartOfTheLook> PARTS = List.of(
            new PartOfTheLook("background hue only", l -> new OtherDayLook.Look(l.hueTurn(), 1, 1, 1, 1, 0, 0, 0), false),
            new PartOfTheLook("light only", l -> new OtherDayLook.Look(0, l.redGain(), l.greenGain(), l.blueGain(),
                    l.brightness(), l.shadowAngle(), l.shadowOffset(), l.shadowDepth()), true),
            new PartOfTheLook("whole look (c)", l -> l, true));

    private OtherLookDiagnosis() {
    }

    /** Runs the diagnosis; see the class comment for the arguments. */
    public static void main(String[] args) {
        Path data = DEFAULT_DATA;
        String recipeName = "defaults";
        Path modelDir = null;
        long seed = 42;
        int turns = 1;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 >= args.length) {
                System.err.println(args[i] + " needs a value");
                System.exit(1);
                return;
            }
            switch (args[i]) {
                case "--recipe" -> recipeName = args[++i];
                case "--model" -> modelDir = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--turns" -> turns = Integer.parseInt(args[++i]);
                default -> {
                    if (args[i].startsWith("--")) {
                        System.err.println("unknown option " + args[i] + "; known: --recipe --model --seed --turns");
                        System.exit(1);
                        return;
                    }
                    data = Path.of(args[i]);
                }
            }
        }
        if (!Files.isDirectory(data)) {
            System.err.println("skipped: the shared photos " + data.toAbsolutePath().normalize() + " are absent");
            System.exit(2);
            return;
        }
        ImageDataset photos = ImageDataset.fromClassFolders(data);
        DatasetSplit night = Protocol.NIGHT_HOLD_OUT.split(photos, seed);
        try (CoinClassifier model = model(TrainingRecipe.named(recipeName), modelDir, night, seed)) {
            OtherDayLook looks = new OtherDayLook(seed);
            System.out.println("| night test photos | macro recall | 1c recall | 1c called 2c | 2c called 1c | per class |");
            System.out.println("|---|---|---|---|---|---|");
            print("as they are (b)", model.evaluate(night.test()));
            for (PartOfTheLook part : PARTS) {
                print(part.name(), model.evaluate(looked(night.test(), looks, part.pick(), false)));
                if (part.withOracle()) {
                    print(part.name() + ", unwrapped about the circle found before the look",
                            model.evaluate(looked(night.test(), looks, part.pick(), true)));
                }
            }
            if (turns > 1) {
                RotationAveraging averaging = new RotationAveraging(turns);
                print("as they are (b), averaged over " + turns + " turns", averaging.evaluate(model, night.test()));
                print("whole look (c), averaged over " + turns + " turns",
                        averaging.evaluate(model, looked(night.test(), looks, l -> l, false)));
            }
            printOracleStray(night.test(), looks);
            printErrors(model, looked(night.test(), looks, l -> l, false), looks);
        }
    }

    private static CoinClassifier model(TrainingRecipe recipe, Path modelDir, DatasetSplit night, long seed) {
        if (modelDir != null && Files.isDirectory(modelDir)) {
            System.out.println("model loaded from " + modelDir);
            return CoinClassifier.load(modelDir);
        }
        long start = System.nanoTime();
        CoinClassifier model = recipe.settings().apply(CoinClassifier.builder()).seed(seed)
                .listener(TrainingListener.logging()).train(night.train(), night.validation());
        System.out.printf(Locale.ROOT, "%s trained for (b) in %.0f s%n", recipe.name(), (System.nanoTime() - start) / 1e9);
        if (modelDir != null) {
            model.save(modelDir);
            System.out.println("model saved to " + modelDir);
        }
        return model;
    }

    /** The test photos in the looks {@code pick} makes of theirs, cut out about the circle found before the look when {@code oracle}. */
    private static ImageDataset looked(ImageDataset test, OtherDayLook looks, UnaryOperator<OtherDayLook.Look> pick,
                                       boolean oracle) {
        return ImageDataset.of(test.labels(), test.stream().map(image -> {
            OtherDayLook.Look look = pick.apply(looks.lookOf(image.source().name()));
            UnaryOperator<RgbImage> change = oracle
                    ? photo -> cutAbout(OtherDayLook.apply(photo, look), LOCATOR.locate(photo))
                    : photo -> OtherDayLook.apply(photo, look);
            return new LabelledImage(new ChangedOnLoad(image.source(), change), image.label(), image.group());
        }).toList());
    }

    private static RgbImage cutAbout(RgbImage photo, CoinOutline circle) {
        return CoinLocator.cutOut(photo, circle, ORACLE_SIZE, ORACLE_MARGIN, CoinLocator.OUTSIDE_GREY);
    }

    /** How far the locator finds the circle from where the oracle cut it, on the whole look's oracle pictures. */
    private static void printOracleStray(ImageDataset test, OtherDayLook looks) {
        double expectedRadius = ORACLE_SIZE / 2.0 / (1 + ORACLE_MARGIN);
        double worst = 0;
        int over = 0;
        for (LabelledImage image : test) {
            RgbImage photo = image.source().load();
            RgbImage cut = cutAbout(OtherDayLook.apply(photo, looks.lookOf(image.source().name())), LOCATOR.locate(photo));
            CoinOutline found = LOCATOR.locate(cut);
            double stray = Math.max(Math.hypot(found.centerX() - ORACLE_SIZE / 2.0, found.centerY() - ORACLE_SIZE / 2.0),
                    Math.abs(found.radius() - expectedRadius)) / expectedRadius;
            worst = Math.max(worst, stray);
            over += stray > 0.05 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "oracle pictures: the locator strays from the cut circle by more than 5%% of the"
                + " radius on %d of %d, at most %.3f%n", over, test.size(), worst);
    }

    /** Every photo of {@code test} the model gets wrong, with how far the look moved the circle found on it. */
    private static void printErrors(CoinClassifier model, ImageDataset test, OtherDayLook looks) {
        List<Classification> results = model.classifyAll(test.stream().map(LabelledImage::source).toList()).stream()
                .map(Outcome::orElseThrow).toList();
        for (int i = 0; i < test.size(); i++) {
            LabelScore top = results.get(i).topK().get(0);
            LabelledImage image = test.get(i);
            if (!top.label().equals(image.label())) {
                RgbImage looked = image.source().load();
                RgbImage photo = ((ChangedOnLoad) image.source()).source().load();
                CoinOutline before = LOCATOR.locate(photo);
                CoinOutline after = LOCATOR.locate(looked);
                System.out.printf(Locale.ROOT, "error in the whole look: %s actual %s predicted %s %.2f; circle moved by %.3f"
                                + " of the radius, radius changed by %.3f; %s%n", image.source().name(), image.label(), top.label(),
                        top.probability(), Math.hypot(after.centerX() - before.centerX(), after.centerY() - before.centerY())
                                / before.radius(), (after.radius() - before.radius()) / before.radius(),
                        looks.lookOf(image.source().name()));
            }
        }
    }

    private static void print(String name, Evaluation evaluation) {
        int[][] confusion = evaluation.confusionMatrix();
        List<String> labels = evaluation.labels();
        int one = labels.indexOf("1c");
        int two = labels.indexOf("2c");
        String perClass = evaluation.perClass().stream().filter(c -> c.support() > 0)
                .map(c -> String.format(Locale.ROOT, "%s %.2f", c.label(), c.recall())).collect(Collectors.joining(", "));
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %d | %d | %s |%n", name, evaluation.macroRecall(),
                evaluation.perClass("1c").recall(), confusion[one][two], confusion[two][one], perClass);
    }
}
