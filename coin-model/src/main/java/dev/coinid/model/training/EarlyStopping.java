package dev.coinid.model.training;

import java.util.List;
import java.util.Objects;

/**
 * When to stop training before the last epoch, as Keras' {@code EarlyStopping} callback:
 * training stops once the monitored value has not improved by more than {@code minDelta} for
 * {@code patience} epochs in a row. With {@code restoreBestWeights}, the model ends with the
 * weights of its best epoch (whether or not it stopped early), otherwise with the last epoch's.
 *
 * <pre>{@code
 * EarlyStopping.onValidationLoss().patience(9).restoreBestWeights(true)
 * }</pre>
 *
 * @param monitor the watched per-epoch value
 * @param patience epochs without improvement before stopping; at least 1
 * @param minDelta the smallest change that counts as an improvement
 * @param restoreBestWeights whether to end with the best epoch's weights
 * @param enabled false for {@link #disabled()}: train every epoch, keep the last weights
 */
public record EarlyStopping(Monitor monitor, int patience, double minDelta, boolean restoreBestWeights,
                            boolean enabled) {

    public EarlyStopping {
        Objects.requireNonNull(monitor, "monitor");
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, was " + patience);
        }
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("minDelta must be >= 0, was " + minDelta);
        }
    }

    /** Watches validation loss; patience 5, no minimum delta, restores the best weights. */
    public static EarlyStopping onValidationLoss() {
        return new EarlyStopping(Monitor.VALIDATION_LOSS, 5, 0, true, true);
    }

    /** Watches validation macro recall; patience 5, restores the best weights. */
    public static EarlyStopping onValidationMacroRecall() {
        return new EarlyStopping(Monitor.VALIDATION_MACRO_RECALL, 5, 0, true, true);
    }

    /** Watches any monitor; patience 5, restores the best weights. */
    public static EarlyStopping on(Monitor monitor) {
        return new EarlyStopping(monitor, 5, 0, true, true);
    }

    /** No early stopping: every epoch runs and the last weights are kept (the default). */
    public static EarlyStopping disabled() {
        return new EarlyStopping(Monitor.VALIDATION_LOSS, 1, 0, false, false);
    }

    /** This rule with another patience. */
    public EarlyStopping patience(int newPatience) {
        return new EarlyStopping(monitor, newPatience, minDelta, restoreBestWeights, enabled);
    }

    /** This rule with another minimum improvement. */
    public EarlyStopping minDelta(double newMinDelta) {
        return new EarlyStopping(monitor, patience, newMinDelta, restoreBestWeights, enabled);
    }

    /**
     * The listeners that carry this rule out during a run: none when disabled; otherwise one that
     * stops training after {@code patience} epochs without improvement and, with
     * {@code restoreBestWeights}, one that keeps the best epoch's weights and puts them back when
     * training stops. Each call makes fresh listeners, for one run.
     */
    public List<TrainingListener> listeners() {
        if (!enabled) {
            return List.of();
        }
        return restoreBestWeights
                ? List.of(new EarlyStopper(this), new BestWeightsKeeper(this))
                : List.of(new EarlyStopper(this));
    }

    /** This rule, restoring the best epoch's weights at the end or not. */
    public EarlyStopping restoreBestWeights(boolean restore) {
        return new EarlyStopping(monitor, patience, minDelta, restore, enabled);
    }
}
