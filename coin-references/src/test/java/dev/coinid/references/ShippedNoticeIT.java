package dev.coinid.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What the coin-references jar tells about its pictures' source, as CC BY 4.0 asks: the credit,
 * the licence and the changes made, in {@code META-INF/NOTICE}. An integration test: run by
 * {@code mvn verify} after {@code package} has packed the jar.
 */
class ShippedNoticeIT {

    private static final Path JAR = Path.of(System.getProperty("coin-references.jar", "target/coin-references.jar"));

    @Test
    void theJarCreditsOpenCoinDataAndSaysWhatWasChanged() throws IOException {
        assertThat(JAR).as("the jar is built by package, before this test").isRegularFile();
        String notice;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            ZipEntry entry = jar.getEntry("META-INF/NOTICE");
            assertThat(entry).as("META-INF/NOTICE in " + JAR).isNotNull();
            try (InputStream in = jar.getInputStream(entry)) {
                notice = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(jar.getEntry("dev/coinid/references/pictures/gr-2004-olympic-games-in-athens-2004.jpg"))
                    .as("the pictures the notice is about").isNotNull();
        }

        assertThat(notice).contains(
                "Open Coin Data by Coinection (https://coinection.eu)",
                "Creative Commons Attribution 4.0 International",
                "https://creativecommons.org/licenses/by/4.0/",
                "LICENSE",
                "only the 2-euro coin's pictures were kept",
                "converted from WebP to JPEG",
                "at most 320 px",
                "metadata",
                "merged into coinid's coin");
    }
}
