package dev.coinid.model.training;

import java.io.PrintStream;

/**
 * Hears what a training run does. Every method has an empty default, so a listener overrides
 * only what it needs. Listeners run on the training thread: keep them quick. To stop training,
 * cancel {@link TrainingPlan#cancellation()} (after the current batch) or ask the plan's
 * {@link TrainingPlan#control() control} to stop after the current epoch; the control also keeps
 * and restores weights. Early stopping and best-weight keeping are listeners of this kind, made by
 * {@link EarlyStopping#listeners()}.
 */
public interface TrainingListener {

    /** Before the first batch. */
    default void onTrainingStart(TrainingPlan plan) {
    }

    /** After every training batch. */
    default void onBatchEnd(BatchResult batch) {
    }

    /** After each epoch, validation included. */
    default void onEpochEnd(EpochResult epoch) {
    }

    /**
     * When training stops (after its last epoch, when a listener asked it to stop, or at the batch
     * where it was cancelled), before the run makes its history: the moment to choose the weights
     * the model ends with, through {@link TrainingControl#restoreWeights}.
     */
    default void onTrainingStop(StopReason reason) {
    }

    /** After the run, best weights restored if asked. */
    default void onTrainingEnd(TrainingHistory history) {
    }

    /**
     * A console progress bar on standard error: on a terminal it is redrawn in place with
     * {@code \r} (epoch, batch i/n, loss, recall and the time left in the epoch) and ends each
     * epoch with a summary line; when the JVM has no console ({@link System#console()} is null:
     * output redirected to a file or a pipe) it writes only the summary line of each epoch.
     */
    static TrainingListener progressBar() {
        return new ProgressBar(System.err, System.console() != null);
    }

    /** The progress bar on the given stream, redrawn in place if the JVM has a console (see {@link #progressBar()}). */
    static TrainingListener progressBar(PrintStream out) {
        return new ProgressBar(out, System.console() != null);
    }

    /**
     * The progress bar on the given stream: redrawn in place after every batch with {@code \r}
     * frames ({@code redrawInPlace}, for a terminal), or only one summary line per epoch (for a log).
     */
    static TrainingListener progressBar(PrintStream out, boolean redrawInPlace) {
        return new ProgressBar(out, redrawInPlace);
    }

    /** One SLF4J info line per epoch (logger {@code dev.coinid.model.training}). */
    static TrainingListener logging() {
        return new EpochLogger();
    }
}
