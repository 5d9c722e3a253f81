package dev.coinid.model.training;

/**
 * A copy of a model's weights taken at the end of an epoch by {@link TrainingControl#snapshotWeights()},
 * kept in host memory until it is given back to {@link TrainingControl#restoreWeights}. Opaque:
 * only the run that made it can restore it.
 */
public interface WeightsSnapshot {

    /** The epoch whose weights these are (0: before training). */
    int epoch();
}
