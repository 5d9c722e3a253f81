package dev.coinid.model.training;

/**
 * Stops a training run from another thread or from a listener: once {@link #cancel()} is called,
 * training stops after the current batch and returns the model it has (with the best weights
 * restored when early stopping asks for it). Thread-safe.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** Asks the training run to stop after its current batch. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
