package dev.coinid.model.training;

/**
 * The best epoch so far by one {@link Monitor}: an epoch becomes the best when its value beats
 * the best one by more than {@code minDelta} (the first epoch with a value always does).
 */
final class BestEpoch {

    private final Monitor monitor;
    private final double minDelta;
    private double value = Double.NaN;
    private int epoch;

    BestEpoch(Monitor monitor, double minDelta) {
        this.monitor = monitor;
        this.minDelta = minDelta;
    }

    /** Whether {@code result} improves on the best epoch so far; if so it becomes the best. */
    boolean offer(EpochResult result) {
        double candidate = monitor.valueOf(result);
        if (!monitor.improves(candidate, value, minDelta)) {
            return false;
        }
        value = candidate;
        epoch = result.epoch();
        return true;
    }

    /** The best epoch's watched value; NaN before any. */
    double value() {
        return value;
    }

    /** The best epoch; 0 before any. */
    int epoch() {
        return epoch;
    }

    Monitor monitor() {
        return monitor;
    }
}
