package dev.coinid.cli;

import dev.coinid.augment.Augmentation;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.recipe.Recipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {

    @TempDir
    Path temp;

    @Test
    void trainsOnAFolderPerClassAndSavesTheModelTheEvaluationAndTheCharts() throws IOException {
        Path photos = TinyCoins.writeSeedClasses(temp.resolve("photos"));
        Path model = temp.resolve("model");

        CliRun run = CliRun.of("train", photos.toString(), "--input-size", "32", "--epochs", "2", "--quiet",
                "-o", model.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Read 40 photos of 4 classes")
                .contains("Evaluation on the test part")
                .contains("accuracy", "macro recall", "keras recall", "confusion")
                .contains("Model saved to " + model.toAbsolutePath());
        assertThat(model.resolve("coinid-model.json")).isRegularFile();
        Path charts = temp.resolve("model-charts");
        BufferedImage curves = ImageIO.read(charts.resolve("training-curves.png").toFile());
        assertThat(curves.getWidth()).isGreaterThan(curves.getHeight());
        assertThat(ImageIO.read(charts.resolve("confusion-matrix.png").toFile())).isNotNull();
        assertThat(Files.readAllLines(charts.resolve("training-history.csv"))).hasSize(1 + 2);
    }

    @Test
    void withoutOptionsItTrainsTheBuildersDefaultRecipe() {
        TrainCommand defaults = parse("train", "photos");

        assertThat(defaults.recipe()).isEqualTo(CoinClassifier.builder().recipe()).isEqualTo(Recipe.polar());
        assertThat(parse("train", "photos", "--recipe", "seed").recipe()).isEqualTo(Recipe.seed());
        assertThat(parse("train", "photos", "--epochs", "7", "--batch-size", "8", "--learning-rate", "0.01",
                "--input-size", "64x16").recipe())
                .isEqualTo(new Recipe(Preprocessing.polar().inputSize(64, 16), Architectures.polarCnn(),
                        Augmentation.polarPreset(), 7, 8, 0.01));
    }

    @Test
    void theResearchLeversAreNotOptions() {
        for (String lever : List.of("--fit", "--normalization", "--architecture", "--augmentation")) {
            CliRun run = CliRun.of("train", "photos", lever, "seed");
            assertThat(run.exitCode()).as(lever).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(lever).contains("Unknown option");
        }
    }

    @Test
    void thePolarRecipeTakesAWidthByHeightInputSize() throws IOException {
        Path photos = TinyCoins.writeSeedClasses(temp.resolve("photos"));
        Path model = temp.resolve("model");

        CliRun run = CliRun.of("train", photos.toString(), "--input-size", "32x16", "--epochs", "1", "--quiet",
                "--no-charts", "-o", model.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (CoinClassifier saved = CoinClassifier.load(model)) {
            assertThat(saved.architecture()).isEqualTo(Architectures.polarCnn());
            assertThat(saved.preprocessing()).isEqualTo(Preprocessing.polar().inputSize(32, 16));
            assertThat(saved.metadata().training().augmentation()).isEqualTo(Augmentation.polarPreset());
        }
        assertThat(CliRun.of("train", photos.toString(), "--input-size", "32x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("train", photos.toString(), "--input-size", "32x4").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theOriginalExperimentIsTheSeedRecipe() throws IOException {
        Path photos = TinyCoins.writeSeedClasses(temp.resolve("photos"));
        Path model = temp.resolve("model");

        CliRun run = CliRun.of("train", photos.toString(), "--recipe", "seed", "--input-size", "32", "--epochs", "1",
                "--quiet", "--no-charts", "-o", model.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        try (CoinClassifier saved = CoinClassifier.load(model)) {
            assertThat(saved.architecture()).isEqualTo(Architectures.seedCnn());
            assertThat(saved.preprocessing()).isEqualTo(Preprocessing.seed().inputSize(32, 32));
            assertThat(saved.metadata().training().augmentation()).isEqualTo(Augmentation.seedPreset());
            assertThat(saved.metadata().training().batchSize()).isEqualTo(20);
        }
    }

    /** The train command as picocli fills it from {@code args}, without running it. */
    private static TrainCommand parse(String... args) {
        CommandLine commandLine = CoinIdCli.commandLine();
        return commandLine.parseArgs(args).subcommand().commandSpec().commandLine().getCommand();
    }

    @Test
    void readsLabelsFromFileNamesAndKeepsGroupsTogether() throws IOException {
        Path flat = Files.createDirectories(temp.resolve("flat"));
        Path source = TinyCoins.write(temp.resolve("source"), List.of("Atenas", "Francia"), 12);
        for (String label : List.of("Atenas", "Francia")) {
            for (int i = 0; i < 12; i++) {
                // the original experiment's naming, with four crops per photograph
                Path from = source.resolve(label).resolve(label + "_" + String.format("%04d", i) + ".jpg");
                Files.copy(from, flat.resolve(label + "0 (IMG_" + (i / 4) + "_" + label + ") " + i + ".jpg"));
            }
        }

        CliRun run = CliRun.of("train", flat.toString(), "--input-size", "32", "--epochs", "1", "--quiet",
                "--group-key", "IMG_\\d+_[A-Za-z]+", "--no-charts", "-o", temp.resolve("model").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Read 24 photos of 2 classes")
                .contains("{Atenas=12, Francia=12}")
                .contains("by group key 'IMG_\\d+_[A-Za-z]+' (6 groups)");
        assertThat(temp.resolve("model-charts")).doesNotExist();
    }

    @Test
    void aMissingFolderIsBadInputOnOneLine() {
        Path missing = temp.resolve("no-such-folder");

        CliRun run = CliRun.of("train", missing.toString(), "--quiet");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("coinid: ").contains(missing.toString()).contains("does not exist");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderWithOneClassIsBadInputOnOneLine() {
        Path photos = TinyCoins.write(temp.resolve("one-class"), List.of("Atenas"), 5);

        CliRun run = CliRun.of("train", photos.toString(), "--quiet");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .contains(photos.toString()).contains("only one class");
    }

    @Test
    void aFileThatIsNotAnImageIsBadInputNamingTheFile() throws IOException {
        Path photos = TinyCoins.write(temp.resolve("photos"), List.of("Atenas", "Francia"), 4);
        Path notAnImage = photos.resolve("Atenas").resolve("notes.jpg");
        Files.writeString(notAnImage, "these are my notes, not a photo");

        CliRun run = CliRun.of("train", photos.toString(), "--input-size", "32", "--epochs", "1", "--quiet",
                "-o", temp.resolve("model").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(notAnImage.toString());
        assertThat(temp.resolve("model")).doesNotExist();
    }

    @Test
    void optionValuesOutOfRangeAreUsageErrors() {
        Path photos = temp.resolve("not-read");

        assertThat(CliRun.of("train", photos.toString(), "--epochs", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("train", photos.toString(), "--test-fraction", "1.5").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("train", photos.toString(), "--epochs", "many").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun badRegex = CliRun.of("train", photos.toString(), "--group-key", "IMG_(\\d+");
        assertThat(badRegex.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRegex.err()).contains("--group-key is not a valid regex");
    }

    @Test
    void theHelpListsTheRecipesAndTheTunableOptions() {
        CliRun run = CliRun.of("train", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("--recipe=<name> How to train: POLAR, SEED (default: POLAR",
                "--input-size=<pixels|WxH> The network's input: one number for a square, or width x height",
                "(default: the recipe's, 128x32 polar, 128 seed)",
                "--epochs=<n> Most epochs to train (default: the recipe's, 40 polar, 50 seed)",
                "--batch-size=<n> Photos per training batch (default: the recipe's, 32 polar, 20 seed)",
                "--learning-rate=<rate> Adam's learning rate (default: the recipe's, 0.001)",
                "--group-key=<regex>", "--test-fraction=<fraction>", "--patience=<epochs>", "--seed=<n>",
                "--threads=<n>", "Exit codes:");
        assertThat(help).doesNotContain("--fit", "--normalization", "--architecture", "--augmentation");
    }
}
