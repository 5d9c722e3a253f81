package dev.coinid.cli.charts;

import dev.coinid.model.training.EpochResult;
import dev.coinid.model.training.StopReason;
import dev.coinid.model.training.TrainingHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingCurvesChartTest {

    private static final int VALIDATION_ORANGE = 0xFF7F0E;
    private static final int TRAIN_BLUE = 0x1F77B4;

    @TempDir
    Path temp;

    @Test
    void drawsLossAndRecallSideBySide() throws IOException {
        Path file = TrainingCurvesChart.of(history(8, true)).writePng(temp.resolve("curves.png"));

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(2 * 640);
        assertThat(png.getHeight()).isEqualTo(440);
        assertThat(pixelsOf(png, TRAIN_BLUE, 0, 640)).as("train curve in the loss panel").isGreaterThan(100);
        assertThat(pixelsOf(png, TRAIN_BLUE, 640, 1280)).as("train curve in the recall panel").isGreaterThan(100);
        assertThat(pixelsOf(png, VALIDATION_ORANGE, 0, 640)).as("validation curve in the loss panel").isGreaterThan(100);
    }

    @Test
    void drawsNoValidationCurveForARunWithoutValidation() throws IOException {
        Path file = TrainingCurvesChart.of(history(5, false)).writePng(temp.resolve("curves.png"));

        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(pixelsOf(png, TRAIN_BLUE, 0, 1280)).isGreaterThan(100);
        assertThat(pixelsOf(png, VALIDATION_ORANGE, 0, 1280)).isZero();
    }

    @Test
    void replacesAnEarlierFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = temp.resolve("charts").resolve("curves.png");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "an old file");

        TrainingCurvesChart.of(history(3, true)).writePng(file);

        assertThat(ImageIO.read(file.toFile())).isNotNull();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void namesTheEpochWhoseWeightsTheModelKeptOnlyWhenItIsNotTheLast() {
        TrainingHistory stoppedEarly = new TrainingHistory(history(8, true).epochs(), StopReason.EARLY_STOPPED, 5);

        assertThat(TrainingCurvesChart.of(stoppedEarly).lossPanel().getTitle())
                .isEqualTo("Loss (dashed: epoch 5, the weights kept)");
        assertThat(TrainingCurvesChart.of(stoppedEarly).recallPanel().getTitle()).contains("epoch 5");
        assertThat(TrainingCurvesChart.of(history(8, true)).lossPanel().getTitle()).isEqualTo("Loss");
    }

    @Test
    void refusesAHistoryWithoutEpochs() {
        assertThatThrownBy(() -> TrainingCurvesChart.of(TrainingHistory.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no epoch");
    }

    /** A made-up run of {@code epochs} epochs whose loss falls and recall rises. */
    static TrainingHistory history(int epochs, boolean validated) {
        List<EpochResult> results = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            double loss = 1.4 * Math.exp(-e / 3.0);
            double recall = 1 - Math.exp(-e / 2.0);
            results.add(new EpochResult(e, loss, recall, recall,
                    validated ? loss + 0.2 : Double.NaN, validated ? recall - 0.1 : Double.NaN,
                    validated ? recall - 0.1 : Double.NaN, validated ? recall - 0.1 : Double.NaN, 1.0));
        }
        return new TrainingHistory(results, StopReason.COMPLETED, epochs);
    }

    /** How many pixels in columns {@code [fromX, toX)} are exactly {@code rgb}. */
    static int pixelsOf(BufferedImage image, int rgb, int fromX, int toX) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }
}
