package dev.coinid.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.references.BundledReferences;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first Java lines, run on a picture of a bundled design. */
class IdentifyCoinTest {

    @TempDir
    Path temp;

    @Test
    void namesTheCoinWithItsDesignerAndIssueDate() throws IOException {
        Path photo = temp.resolve("athens.png");
        ImageIO.write(BundledReferences.picture("gr-2004-olympic-games-in-athens-2004").toBufferedImage(), "png",
                photo.toFile());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            IdentifyCoin.main(new String[] {photo.toString()});
        } finally {
            System.setOut(out);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "commemorative 2-euro, Greece 2004, Olympic Games in Athens 2004 (score 1.00)",
                "Panagiotis Gravvalos, Konstantinos Kazakos, issued 2004-05-12");
    }
}
