package dev.coinid.cli;

import dev.coinid.synthetic.SyntheticCoins;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tiny synthetic coin folders for CLI tests: 32x32 photos, few per class, written as JPEG files. */
final class TinyCoins {

    private TinyCoins() {
    }

    /** Writes {@code perClass} photos of each of {@code labels} to {@code dir/<label>/} and returns {@code dir}. */
    static Path write(Path dir, List<String> labels, int perClass) {
        SyntheticCoins.builder().labels(labels).imageSize(32).imagesPerClass(perClass).seed(11).build().writeTo(dir);
        return dir;
    }

    /** The four classes of the original experiment, 10 photos each. */
    static Path writeSeedClasses(Path dir) {
        return write(dir, SyntheticCoins.DEFAULT_LABELS, 10);
    }

    /** Trains {@code photos} with {@code coinid train} at 32x32 for {@code epochs}, saves to {@code model} and returns it. */
    static Path trainModel(Path photos, Path model, int epochs) {
        CliRun run = CliRun.of("train", photos.toString(), "--input-size", "32", "--epochs", String.valueOf(epochs),
                "--quiet", "--no-charts", "-o", model.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return model;
    }
}
