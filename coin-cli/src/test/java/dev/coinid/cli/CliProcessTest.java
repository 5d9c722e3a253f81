package dev.coinid.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code coinid} command line as a user runs it: a separate JVM whose standard output and
 * error are redirected to files. What a command prints must reach the file in full before the
 * process exits (the in-process tests read writers in memory and cannot see a missing flush).
 */
@Tag("slow")
class CliProcessTest {

    @TempDir
    static Path shared;

    static Path photos;
    static Path model;

    @BeforeAll
    static void trainAModel() {
        photos = TinyCoins.writeSeedClasses(shared.resolve("photos"));
        model = TinyCoins.trainModel(photos, shared.resolve("model"), 1);
    }

    @Test
    void catalogSearchReachesARedirectedStandardOutput() throws Exception {
        ProcessRun run = ProcessRun.of(shared, "catalog", "search", "vatican", "2006");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("2 coins match 'vatican 2006':")
                .contains("va-2006-5th-centenary-of-the-swiss-pontifical-guard")
                .contains("regular-va-2006-pope-benedict-xvi");
    }

    @Test
    void evaluatePrintsTheWholeReportToARedirectedStandardOutput() throws Exception {
        ProcessRun run = ProcessRun.of(shared, "evaluate", model.toString(), photos.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Evaluating ", "40 images", "accuracy", "macro recall", "keras recall",
                "confusion (rows: actual, columns: predicted)", "Altamira", "Vaticano");
    }

    @Test
    void classifyPrintsEveryPhotoToARedirectedStandardOutput() throws Exception {
        Path atenas = photos.resolve("Atenas").resolve("Atenas_0000.jpg");
        Path francia = photos.resolve("Francia").resolve("Francia_0000.jpg");

        ProcessRun run = ProcessRun.of(shared, "classify", model.toString(), atenas.toString(), francia.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(atenas + ": ", francia + ": ", "top 4: ");
    }

    @Test
    void redirectedTrainingWritesOneProgressLinePerEpochAndEverythingElse() throws Exception {
        Path output = shared.resolve("process-model");

        ProcessRun run = ProcessRun.of(shared, "train", photos.toString(), "--input-size", "32", "--epochs", "3",
                "--no-charts", "-o", output.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).doesNotContain("\r");
        assertThat(run.err().lines().filter(line -> line.startsWith("Epoch "))).hasSize(3)
                .allSatisfy(line -> assertThat(line).matches("Epoch \\d/3 - .* - loss .*"));
        assertThat(run.out()).contains("Read 40 photos of 4 classes", "Evaluation on the test part",
                "confusion (rows: actual, columns: predicted)", "Model saved to " + output.toAbsolutePath());
    }

    @Test
    void aFailureReachesARedirectedStandardErrorOnOneLine() throws Exception {
        Path missing = shared.resolve("no-such-folder");

        ProcessRun run = ProcessRun.of(shared, "train", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines().filter(line -> line.startsWith("coinid: "))).as(run.err())
                .singleElement().asString().contains(missing.toString());
        assertThat(run.out()).isEmpty();
    }

    /** One run of {@code java dev.coinid.cli.CoinIdCli args...} with both streams redirected to files. */
    record ProcessRun(int exitCode, String out, String err) {

        static ProcessRun of(Path dir, String... args) throws IOException, InterruptedException {
            Path out = Files.createTempFile(dir, "stdout", ".txt");
            Path err = Files.createTempFile(dir, "stderr", ".txt");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"), CoinIdCli.class.getName()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("coinid " + String.join(" ", args) + " ran for more than 3 minutes");
            }
            return new ProcessRun(process.exitValue(), Files.readString(out, Charset.defaultCharset()),
                    Files.readString(err, Charset.defaultCharset()));
        }
    }
}
