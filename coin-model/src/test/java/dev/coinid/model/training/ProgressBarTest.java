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
        TrainingListener bar = TrainingListener.progressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.onTrainingStart(new TrainingPlan(List.of("a", "b"), 2, 2, 40, 10, new CancellationToken(), new RecordingControl()));
        bar.onBatchEnd(new BatchResult(1, 1, 2, 1.0, 1.0, 0.0, 50));
        bar.onBatchEnd(new BatchResult(1, 2, 2, 0.8, 0.9, 0.25, 50));
        bar.onEpochEnd(new EpochResult(1, 0.9, 0.6, 0.25, 0.7, 0.8, 0.6, 0.75, 2));
        bar.onTrainingEnd(new TrainingHistory(List.of(), StopReason.COMPLETED, 1));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("\rEpoch 1 1/2 [", "\rEpoch 1 2/2 [========================]",
                "\rEpoch 1/2 - 2s - loss 0.9000 acc 0.6000 recall 0.2500 - val_loss 0.7000",
                "Training completed after 0 epochs; model from epoch 1");
    }

    @Test
    void offATerminalWritesOneLinePerEpochAndNoFrames() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // what progressBar() picks when standard output is redirected, as it is under Maven's test runner
        assertThat(System.console()).isNull();
        TrainingListener bar = TrainingListener.progressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.onTrainingStart(new TrainingPlan(List.of("a", "b"), 10, 40, 300, 2, new CancellationToken(), new RecordingControl()));
        for (int epoch = 1; epoch <= 3; epoch++) {
            for (int batch = 1; batch <= 150; batch++) {
                bar.onBatchEnd(new BatchResult(epoch, batch, 150, 1.0, 0.8, 0.5, 50));
            }
            bar.onEpochEnd(new EpochResult(epoch, 0.9, 0.6, 0.25, 0.7, 0.8, 0.6, 0.75, 2));
        }
        bar.onTrainingEnd(new TrainingHistory(List.of(), StopReason.COMPLETED, 3));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r").doesNotContain("[=");
        assertThat(out.lines()).containsExactly(
                "Training on 300 images (2 validation), 2 classes, up to 10 epochs of 40 batches",
                "Epoch 1/10 - 2s - loss 0.9000 acc 0.6000 recall 0.2500 - val_loss 0.7000 val_acc 0.8000 "
                        + "val_recall 0.6000 val_macro_recall 0.7500",
                "Epoch 2/10 - 2s - loss 0.9000 acc 0.6000 recall 0.2500 - val_loss 0.7000 val_acc 0.8000 "
                        + "val_recall 0.6000 val_macro_recall 0.7500",
                "Epoch 3/10 - 2s - loss 0.9000 acc 0.6000 recall 0.2500 - val_loss 0.7000 val_acc 0.8000 "
                        + "val_recall 0.6000 val_macro_recall 0.7500",
                "Training completed after 0 epochs; model from epoch 3");
    }
}
