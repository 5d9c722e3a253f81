package dev.coinid.cli.charts;

import dev.coinid.error.ImageWriteException;
import dev.coinid.model.evaluation.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfusionMatrixChartTest {

    /** The heat map's colour for the largest count. */
    private static final int DARKEST = 0x3182BD;
    /** Its colour for zero. */
    private static final int LIGHTEST = 0xF7FBFF;

    @TempDir
    Path temp;

    @Test
    void drawsTheLargestCountDarkestAndEmptyCellsLightest() throws IOException {
        Path file = ConfusionMatrixChart.of(evaluation(List.of("Atenas", "Francia", "Vaticano"))).writePng(
                temp.resolve("confusion.png"));

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(TrainingCurvesChartTest.pixelsOf(png, DARKEST, 0, png.getWidth())).isGreaterThan(1000);
        assertThat(TrainingCurvesChartTest.pixelsOf(png, LIGHTEST, 0, png.getWidth())).isGreaterThan(1000);
    }

    @Test
    void growsWithTheNumberOfClasses() throws IOException {
        BufferedImage two = ImageIO.read(ConfusionMatrixChart.of(evaluation(List.of("a", "b")))
                .writePng(temp.resolve("two.png")).toFile());
        BufferedImage six = ImageIO.read(ConfusionMatrixChart.of(evaluation(List.of("a", "b", "c", "d", "e", "f")))
                .writePng(temp.resolve("six.png")).toFile());

        assertThat(six.getWidth()).isGreaterThan(two.getWidth());
        assertThat(six.getHeight()).isGreaterThan(two.getHeight());
    }

    @Test
    void aFolderThatCannotBeMadeIsAnImageWriteExceptionNamingTheFile() throws IOException {
        Path blocker = Files.writeString(temp.resolve("a-file"), "not a folder");
        Path file = blocker.resolve("confusion.png");

        assertThatThrownBy(() -> ConfusionMatrixChart.of(evaluation(List.of("a", "b"))).writePng(file))
                .isInstanceOf(ImageWriteException.class)
                .hasMessageContaining(file.toString());
    }

    /** Ten images per class, all right except one of the first class taken for the second. */
    private static Evaluation evaluation(List<String> labels) {
        int n = labels.size() * 10;
        int[] actual = new int[n];
        float[][] probabilities = new float[n][labels.size()];
        for (int i = 0; i < n; i++) {
            actual[i] = i / 10;
            int predicted = i == 0 ? 1 : actual[i];
            probabilities[i][predicted] = 1f;
        }
        return Evaluation.of(labels, actual, probabilities);
    }
}
