package dev.coinid.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentificationDemoTest {

    @TempDir
    Path temp;

    @Test
    void namesMostIndexedDesignsAndCallsEveryOtherDesignUnknown() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        IdentificationDemo.Outcome outcome = new IdentificationDemo(temp,
                new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        assertThat(outcome.unknownRefused()).isEqualTo(outcome.unknownPhotos());
        // photos lit from the far side of the catalog pictures' light may be called unknown (README: Limits)
        assertThat(outcome.knownNamed()).isGreaterThanOrEqualTo(outcome.knownPhotos() - 3);
        assertThat(temp.resolve("reference-pictures")).isDirectoryContaining("glob:**.png");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("photo-00.jpg: ", "not a known 2-euro design");
    }
}
