package dev.coinid.bench;

/**
 * One benchmark's result: the mean time of one operation and its error margin (99.9% confidence,
 * as JMH reports it; NaN when there was a single iteration).
 *
 * @param millisPerOp mean milliseconds per operation (one batch, one decode, one classify)
 * @param errorMillis half-width of the confidence interval, in milliseconds
 */
public record Timing(double millisPerOp, double errorMillis) {

    public Timing {
        if (!(millisPerOp > 0) || Double.isInfinite(millisPerOp)) {
            throw new IllegalArgumentException("time per operation must be positive, was " + millisPerOp);
        }
    }

    /** Operations per second. */
    public double perSecond() {
        return 1000 / millisPerOp;
    }

    /** Items per second when one operation handles {@code items} (images per second for a batch). */
    public double itemsPerSecond(int items) {
        return items * perSecond();
    }

    /** Milliseconds per item when one operation handles {@code items}. */
    public double millisPerItem(int items) {
        return millisPerOp / items;
    }

    /** Billions of floating-point operations per second when one operation does {@code flops}. */
    public double gflopsPerSecond(double flops) {
        return flops / 1e9 * perSecond();
    }
}
