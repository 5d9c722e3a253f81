package dev.coinid.research.classification;

import dev.coinid.model.evaluation.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfusionMatrixPanelsTest {

    private static final List<String> LABELS = List.of("1c", "2c", "5c");

    /** Three 1c, one taken for a 2c; two 2c; one 5c. */
    private static Evaluation evaluation() {
        int[] actual = {0, 0, 0, 1, 1, 2};
        float[][] probabilities = {
            {0.9f, 0.1f, 0}, {0.8f, 0.2f, 0}, {0.3f, 0.7f, 0}, {0.1f, 0.9f, 0}, {0, 1, 0}, {0, 0, 1}};
        return Evaluation.of(LABELS, actual, probabilities);
    }

    private static QualityRun run(Protocol protocol) {
        return new QualityRun(TrainingRecipe.libraryDefaults(), protocol, "settings", evaluation(), 12);
    }

    @Test
    void onePanelPerRunInOneRowWithTheCountsAnd1cRecallInTheTitle(@TempDir Path folder) throws Exception {
        ConfusionMatrixPanels panels = ConfusionMatrixPanels.of(List.of(run(Protocol.NIGHT_HOLD_OUT),
                run(Protocol.NIGHT_OTHER_LOOK)));

        assertThat(panels.panels()).hasSize(2);
        assertThat(panels.panels().get(1).getTitle()).contains("defaults, night, other look", "macro recall 0.889",
                "1c 0.667");
        Path png = panels.writePng(folder.resolve("charts/confusion.png"));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * panels.panels().get(0).getWidth());
        assertThat(image.getHeight()).isEqualTo(panels.panels().get(0).getHeight());
        try (var files = Files.list(png.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("confusion.png");
        }
    }

    @Test
    void noRunsIsRefused() {
        assertThatThrownBy(() -> ConfusionMatrixPanels.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
