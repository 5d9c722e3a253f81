package dev.coinid.model.training;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

    @Test
    void lineShowsBatchLossRecallAndTimeLeft() {
        String line = ProgressBar.line(new BatchResult(3, 12, 48, 0.9, 0.75, 0.5, 100), 95);
        assertThat(line).isEqualTo("Epoch 3 12/48 [=====>..................] loss 0.7500 recall 0.5000 100 img/s ETA 1m35s");
    }

    @Test
    void redrawsInPlaceAndEndsEachEpochWithASummaryLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrainingListener bar = TrainingListener.progressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.onTrainingStart(new TrainingPlan(List.of("a", "b"), 2, 2, 40, 10, new CancellationToken()));
        bar.onBatchEnd(new BatchResult(1, 1, 2, 1.0, 1.0, 0.0, 50));
        bar.onBatchEnd(new BatchResult(1, 2, 2, 0.8, 0.9, 0.25, 50));
        bar.onEpochEnd(new EpochResult(1, 0.9, 0.6, 0.25, 0.7, 0.8, 0.6, 0.75, 2));
        bar.onTrainingEnd(new TrainingHistory(List.of(), StopReason.COMPLETED, 1));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("\rEpoch 1 1/2 [", "\rEpoch 1 2/2 [========================]",
                "\rEpoch 1/2 - 2s - loss 0.9000 acc 0.6000 recall 0.2500 - val_loss 0.7000",
                "Training completed after 0 epochs; model from epoch 1");
    }
}
