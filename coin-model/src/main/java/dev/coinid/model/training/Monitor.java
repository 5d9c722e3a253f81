package dev.coinid.model.training;

import java.util.function.ToDoubleFunction;

/** The per-epoch quantity {@link EarlyStopping} watches, and whether lower or higher is better. */
public enum Monitor {
    /** Validation loss, lower is better (Keras' {@code val_loss}). */
    VALIDATION_LOSS(true, EpochResult::validationLoss),
    /** Validation accuracy, higher is better. */
    VALIDATION_ACCURACY(false, EpochResult::validationAccuracy),
    /** Validation macro recall (mean of per-class recalls), higher is better. */
    VALIDATION_MACRO_RECALL(false, EpochResult::validationMacroRecall),
    /** Training loss, lower is better: for runs without a validation set. */
    TRAINING_LOSS(true, EpochResult::trainLoss);

    private final boolean lowerIsBetter;
    private final ToDoubleFunction<EpochResult> value;

    Monitor(boolean lowerIsBetter, ToDoubleFunction<EpochResult> value) {
        this.lowerIsBetter = lowerIsBetter;
        this.value = value;
    }

    /** True for losses, false for accuracies and recalls. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** The watched value of one epoch. */
    public double valueOf(EpochResult epoch) {
        return value.applyAsDouble(epoch);
    }

    /** Whether this monitor needs a validation set. */
    public boolean needsValidation() {
        return this != TRAINING_LOSS;
    }

    /** Whether {@code candidate} beats {@code best} by more than {@code minDelta}. */
    public boolean improves(double candidate, double best, double minDelta) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(best)) {
            return true;
        }
        return lowerIsBetter ? candidate < best - minDelta : candidate > best + minDelta;
    }
}
