package dev.coinid.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shipped {@code coinid.jar} holds: the product (the command-line tool and the library),
 * never the research module's evaluations and levers nor the example programs. An integration test: run by
 * {@code mvn verify} after {@code package} has packed the jar.
 */
class ShippedJarIT {

    private static final Path JAR = Path.of(System.getProperty("coinid.jar", "target/coinid.jar"));

    @Test
    void theJarHoldsTheProductAndNoClassOfTheResearchModuleOrTheExamples() throws IOException {
        assertThat(JAR).as("coinid.jar is built by package, before this test").isRegularFile();
        List<String> classes;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            classes = jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
        }
        assertThat(classes).contains(
                "dev/coinid/cli/CoinIdCli.class",
                "dev/coinid/model/CoinClassifier.class",
                "dev/coinid/catalog/CoinCatalog.class");
        assertThat(classes).noneMatch(n -> n.startsWith("dev/coinid/research/"));
        assertThat(classes).noneMatch(n -> n.startsWith("dev/coinid/examples/"));
    }

    @Test
    void theJarCarriesTheBundledReferencesWithTheirCredit() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getEntry("dev/coinid/references/index/coinid-index.json")).isNotNull();
            assertThat(jar.getEntry("dev/coinid/references/pictures/gr-2004-olympic-games-in-athens-2004.jpg")).isNotNull();
            String notice = new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(notice).contains("Open Coin Data by Coinection (https://coinection.eu)")
                    .contains("https://creativecommons.org/licenses/by/4.0/");
        }
    }

    @Test
    @Tag("slow")
    void theLauncherShowsTensorFlowsStartUpLinesOnlyWithVerbose(@TempDir Path dir) throws Exception {
        Path photos = TinyCoins.writeSeedClasses(dir.resolve("photos"));
        Path model = TinyCoins.trainModel(photos, dir.resolve("model"), 1);
        Path photo = photos.resolve("Atenas").resolve("Atenas_0000.jpg");

        String[] quiet = launch(dir, "classify", model.toString(), photo.toString());
        String[] verbose = launch(dir, "classify", model.toString(), photo.toString(), "--verbose");

        assertThat(quiet[0]).startsWith(photo + ": ");
        assertThat(quiet[1]).as("standard error without --verbose").isEmpty();
        assertThat(verbose[0]).isEqualTo(quiet[0]);
        assertThat(verbose[1]).contains("tensorflow");
    }

    /** Standard output and error of {@code ./coinid args...}, redirected to files as a user's script would. */
    private static String[] launch(Path dir, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of("..", "coinid").toString()));
        command.addAll(List.of(args));
        ProcessBuilder launcher = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        launcher.environment().remove("TF_CPP_MIN_LOG_LEVEL");
        Process process = launcher.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("./coinid " + String.join(" ", args) + " ends").isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        return new String[] {Files.readString(out), Files.readString(err)};
    }
}
