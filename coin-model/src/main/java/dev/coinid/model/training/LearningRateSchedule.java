package dev.coinid.model.training;

/**
 * How the learning rate changes over the epochs of a training run, from the configured base
 * rate. A rate that ends small lets the last epochs settle into a minimum instead of jumping
 * around it, so the final model depends less on which epoch training happened to stop at.
 */
public enum LearningRateSchedule {

    /** The base rate throughout (the original experiment). */
    CONSTANT,

    /**
     * Cosine decay per epoch: epoch 1 trains at the base rate, and the rate falls along half a
     * cosine towards zero at the end of the last epoch ({@code base * (1 + cos(pi * (e - 1) / epochs)) / 2}).
     */
    COSINE;

    /** The learning rate of {@code epoch} (1-based) of {@code epochs}, from {@code base}. */
    public double rate(double base, int epoch, int epochs) {
        if (epoch < 1 || epoch > epochs) {
            throw new IllegalArgumentException("epoch " + epoch + " is not in 1.." + epochs);
        }
        return switch (this) {
            case CONSTANT -> base;
            case COSINE -> base * (1 + Math.cos(Math.PI * (epoch - 1) / epochs)) / 2;
        };
    }
}
