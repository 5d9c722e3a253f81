package dev.coinid.bench;

/**
 * One benchmark's result: the mean time of one operation with its error margin, as JMH reports
 * it, and the time of its fastest measurement iteration. Every figure derived from a timing (rates,
 * GFLOP/s, ratios) uses the fastest iteration: on a shared machine other processes only ever
 * slow an iteration down, so the fastest one is the least disturbed estimate of what the code
 * does, and the mean shows how much the run was disturbed.
 *
 * @param millisPerOp mean milliseconds per operation (one batch, one decode, one classify)
 * @param errorMillis half-width of JMH's 99.9% confidence interval, in milliseconds (NaN for one iteration)
 * @param bestMillisPerOp milliseconds per operation in the fastest measurement iteration
 * @param medianMillisPerOp the median operation's milliseconds over every measurement iteration, for a
 *        benchmark that samples each operation's time (JMH's sample-time mode); NaN otherwise
 */
public record Timing(double millisPerOp, double errorMillis, double bestMillisPerOp, double medianMillisPerOp) {

    public Timing {
        if (!(millisPerOp > 0) || Double.isInfinite(millisPerOp)) {
            throw new IllegalArgumentException("time per operation must be positive, was " + millisPerOp);
        }
        if (!(bestMillisPerOp > 0) || bestMillisPerOp > millisPerOp * (1 + 1e-9)) {
            throw new IllegalArgumentException("the fastest iteration (" + bestMillisPerOp
                    + " ms) must be positive and no slower than the mean (" + millisPerOp + " ms)");
        }
        if (!Double.isNaN(medianMillisPerOp) && !(medianMillisPerOp > 0)) {
            throw new IllegalArgumentException("the median operation must take a positive time, was " + medianMillisPerOp);
        }
    }

    /** A timing of iterations that each report only their mean (no median). */
    public Timing(double millisPerOp, double errorMillis, double bestMillisPerOp) {
        this(millisPerOp, errorMillis, bestMillisPerOp, Double.NaN);
    }

    /** A timing whose iterations all took the same time. */
    public static Timing steady(double millisPerOp) {
        return new Timing(millisPerOp, 0, millisPerOp, millisPerOp);
    }

    /** Whether the median operation is known (the benchmark sampled every operation's time). */
    public boolean hasMedian() {
        return !Double.isNaN(medianMillisPerOp);
    }

    /** Operations per second in the fastest iteration. */
    public double perSecond() {
        return 1000 / bestMillisPerOp;
    }

    /** Items per second when one operation handles {@code items} (images per second for a batch). */
    public double itemsPerSecond(int items) {
        return items * perSecond();
    }

    /** Milliseconds per item when one operation handles {@code items}. */
    public double millisPerItem(int items) {
        return bestMillisPerOp / items;
    }

    /** Billions of floating-point operations per second when one operation does {@code flops}. */
    public double gflopsPerSecond(double flops) {
        return flops / 1e9 * perSecond();
    }
}
