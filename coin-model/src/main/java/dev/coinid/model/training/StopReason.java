package dev.coinid.model.training;

/** Why a training run ended. */
public enum StopReason {
    /** Every requested epoch ran. */
    COMPLETED,
    /** {@link EarlyStopping} saw no improvement for its patience. */
    EARLY_STOPPED,
    /** A {@link CancellationToken} was cancelled; the run stopped after the current batch. */
    CANCELLED
}
