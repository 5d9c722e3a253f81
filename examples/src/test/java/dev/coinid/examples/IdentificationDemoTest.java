package dev.coinid.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class IdentificationDemoTest {

    @TempDir
    static Path temp;

    private static IdentificationDemo.Outcome outcome;
    private static String report;

    /** Runs the demo once: it draws, builds and photographs for several seconds. */
    @BeforeAll
    static void runTheDemo() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        outcome = new IdentificationDemo(temp, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
        report = printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void namesMostIndexedDesignsAndCallsEveryOtherDesignUnknown() {
        assertThat(outcome.unknownRefused()).isEqualTo(outcome.unknownPhotos());
        // photos lit from the far side of the catalog pictures' light may be called unknown (README: Limits)
        assertThat(outcome.knownNamed()).isGreaterThanOrEqualTo(outcome.knownPhotos() - 3);
        assertThat(temp.resolve("reference-pictures")).isDirectoryContaining("glob:**.png");
        assertThat(report).contains("photo-00.jpg: ", "not a known 2-euro design");
    }

    @Test
    void findsEveryCoinOfTheTableAndNamesItsNationalSidesAndDrawsThem() {
        assertThat(outcome.tableFound()).isEqualTo(outcome.tableCoins());
        assertThat(outcome.tableNamed()).isEqualTo(outcome.tableNationalSides());
        assertThat(temp.resolve("table-scene.jpg")).isRegularFile();
        assertThat(temp.resolve("table-scene-coins.png")).isRegularFile();
        assertThat(report).contains("3: 2-euro, common side", ": not a 2-euro coin",
                "commemorative 2-euro, Greece 2004, Olympic Games in Athens 2004");
    }

    @Test
    void photographsRealCoinsAndNamesTheirDesignsWithTheBundledIndex() {
        assertThat(outcome.realPhotos()).isEqualTo(6);
        assertThat(outcome.realNamed()).isEqualTo(outcome.realPhotos());
        assertThat(temp.resolve("identification-photos/real-designs")).isDirectoryContaining(
                "glob:**/regular-de-2002-federal-eagle.jpg");
        assertThat(report).contains(
                "it-2007-50th-anniversary-of-the-treaty-of-rome.jpg: ",
                "[design treaty-of-rome-50: right]",
                "Open Coin Data by Coinection",
                "6 of 6 photos of real coins named by design with the bundled index");
    }
}
