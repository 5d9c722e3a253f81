package dev.coinid.model;

import dev.coinid.model.engine.StepResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EpochMetricsTest {

    @Test
    void trainingFiguresAreKerasStepLossMeanArgmaxAccuracyAndRecallAboveOneHalf() {
        EpochMetrics metrics = new EpochMetrics(List.of("a", "b"));
        // batch 1, 3 images: right (0.9), right but not above 0.5 (0.5), wrong
        metrics.add(new StepResult(0.6f, new float[] {0.9f, 0.1f, 0.5f, 0.5f, 0.7f, 0.3f}), new int[] {0, 0, 1});
        assertThat(metrics.images()).isEqualTo(3);
        assertThat(metrics.loss()).isEqualTo(0.6f);
        assertThat(metrics.evaluation().kerasRecall()).isEqualTo(1 / 3.0);
        // batch 2, 1 image: right, above 0.5
        metrics.add(new StepResult(0.2f, new float[] {0.2f, 0.8f}), new int[] {1});

        assertThat(metrics.images()).isEqualTo(4);
        assertThat(metrics.loss()).as("step losses weighted by batch size, not the clipped cross-entropy")
                .isEqualTo(((double) 0.6f * 3 + (double) 0.2f * 1) / 4);
        assertThat(metrics.evaluation().accuracy()).isEqualTo(3 / 4.0);
        assertThat(metrics.evaluation().kerasRecall()).isEqualTo(2 / 4.0);
    }
}
