package dev.coinid.model.training;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A Keras-like console progress bar: one line per epoch, redrawn in place with {@code \r}
 * after every batch, finished with the epoch's validation numbers. Off a terminal (output
 * redirected to a file or a pipe) it writes only the finished line of each epoch, so a log
 * holds one line per epoch instead of hundreds of {@code \r} frames.
 */
final class ProgressBar implements TrainingListener {

    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean redrawInPlace;
    private int epochs;
    private long epochStartNanos;

    /**
     * @param out where to write
     * @param redrawInPlace whether to redraw the line after every batch ({@code \r} frames, for a
     *     terminal) or to write only each epoch's summary line (for a log file)
     */
    ProgressBar(PrintStream out, boolean redrawInPlace) {
        this.out = out;
        this.redrawInPlace = redrawInPlace;
    }

    @Override
    public void onTrainingStart(TrainingPlan plan) {
        epochs = plan.epochs();
        out.printf(Locale.ROOT, "Training on %d images (%d validation), %d classes, up to %d epochs of %d batches%n",
                plan.trainImages(), plan.validationImages(), plan.labels().size(), plan.epochs(), plan.batchesPerEpoch());
    }

    @Override
    public void onBatchEnd(BatchResult b) {
        if (!redrawInPlace) {
            return;
        }
        if (b.batch() == 1) {
            epochStartNanos = System.nanoTime();
        }
        double elapsed = (System.nanoTime() - epochStartNanos) / 1e9;
        double eta = b.batch() == 0 ? 0 : elapsed / b.batch() * (b.batches() - b.batch());
        out.print("\r" + line(b, eta));
        out.flush();
    }

    /** The text of the progress line after batch {@code b}, with {@code eta} seconds left. */
    static String line(BatchResult b, double eta) {
        int filled = (int) Math.round((double) WIDTH * b.batch() / b.batches());
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? (b.batch() == b.batches() ? "=" : ">") : "")
                + ".".repeat(WIDTH - filled);
        return String.format(Locale.ROOT, "Epoch %d %d/%d [%s] loss %.4f recall %.4f %.0f img/s ETA %s",
                b.epoch(), b.batch(), b.batches(), bar, b.runningLoss(), b.runningRecall(), b.imagesPerSecond(),
                duration(eta));
    }

    @Override
    public void onEpochEnd(EpochResult e) {
        String validation = e.hasValidation()
                ? String.format(Locale.ROOT, " - val_loss %.4f val_acc %.4f val_recall %.4f val_macro_recall %.4f",
                e.validationLoss(), e.validationAccuracy(), e.validationRecall(), e.validationMacroRecall())
                : "";
        String summary = String.format(Locale.ROOT, "Epoch %d/%d - %s - loss %.4f acc %.4f recall %.4f%s",
                e.epoch(), epochs, duration(e.seconds()), e.trainLoss(), e.trainAccuracy(), e.trainRecall(),
                validation);
        // in place, the summary overwrites the last frame, and trailing blanks erase what it was longer by
        out.println(redrawInPlace ? "\r" + summary + " ".repeat(10) : summary);
        out.flush();
    }

    @Override
    public void onTrainingEnd(TrainingHistory history) {
        out.printf(Locale.ROOT, "Training %s after %d epochs; model from epoch %d%n",
                history.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                history.epochs().size(), history.modelEpoch());
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
    }
}
