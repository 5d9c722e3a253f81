package dev.coinid.model.training;

import java.io.PrintStream;

/**
 * Hears what a training run does. Every method has an empty default, so a listener overrides
 * only what it needs. Listeners run on the training thread: keep them quick. To stop training,
 * cancel {@link TrainingPlan#cancellation()}.
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

    /** After the run, best weights restored if asked. */
    default void onTrainingEnd(TrainingHistory history) {
    }

    /**
     * A console progress bar on standard error, redrawn in place with {@code \r}: epoch, batch
     * i/n, loss, recall and the time left in the epoch; one summary line per epoch.
     */
    static TrainingListener progressBar() {
        return new ProgressBar(System.err);
    }

    /** The progress bar, on the given stream. */
    static TrainingListener progressBar(PrintStream out) {
        return new ProgressBar(out);
    }

    /** One SLF4J info line per epoch (logger {@code dev.coinid.model.training}). */
    static TrainingListener logging() {
        return new EpochLogger();
    }
}
