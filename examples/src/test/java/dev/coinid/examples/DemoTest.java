package dev.coinid.examples;

import dev.coinid.catalog.CatalogMatch;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.recipe.Recipe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("slow")
class DemoTest {

    @TempDir
    Path temp;

    @Test
    void trainsTheBuildersDefaultRecipe() {
        Demo demo = new Demo(Demo.Settings.defaults(temp), System.out);

        assertThat(demo.recipe()).isEqualTo(CoinClassifier.builder().recipe()).isEqualTo(Recipe.polar());
    }

    @Test
    void runsEveryStepAndWritesChartsModelAndSampleVerdict() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Demo.Settings tiny = new Demo.Settings(temp.resolve("demo"), 32, 10, 2, 1);

        CatalogMatch sample = new Demo(tiny, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        Path out = temp.resolve("demo");
        assertThat(ImageIO.read(out.resolve("training-curves.png").toFile())).isNotNull();
        assertThat(ImageIO.read(out.resolve("confusion-matrix.png").toFile())).isNotNull();
        assertThat(out.resolve("model").resolve("coinid-model.json")).isRegularFile();
        assertThat(Files.readAllLines(out.resolve("training-history.csv")).size()).isBetween(2, 3);
        assertThat(out.resolve("synthetic-coins").resolve("Atenas")).isDirectory();

        // the sample is a held-out photo of Atenas; every class of the demo is mapped to the catalog, only
        // Francia to a regular design, and the verdict printed is the one returned
        assertThat(sample.isInCatalog()).isTrue();
        assertThat(sample.isCommemorative()).isEqualTo(!sample.label().equals("Francia"));

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("[1/7]", "[6/7]", "[7/7]", "accuracy", "macro recall", "keras recall",
                out.resolve("training-curves.png").toString(), out.resolve("confusion-matrix.png").toString(),
                "(a held-out photo of Atenas)", "model says: " + sample.label() + " (",
                "commemorative: " + (sample.isCommemorative() ? "yes" : "no"), "catalog: " + sample.describe(),
                "catalog id: " + sample.coin().orElseThrow().id());

        // the identification step: an index of made-up designs, identified from its saved copy
        assertThat(out.resolve("design-index").resolve("coinid-index.json")).isRegularFile();
        assertThat(text).contains("photos of indexed designs named", "called unknown");
    }
}
