package dev.coinid.bench;

/**
 * Whether one performance target of issue 6 was met in a run.
 *
 * @param target what was asked, e.g. "forward b32 >= 55% of the matmul peak"
 * @param measured what the run measured, in words and numbers
 * @param outcome met, missed, or not measured (a benchmark it needs did not run)
 */
public record TargetVerdict(String target, String measured, Outcome outcome) {

    /** The three ways a target can end. */
    public enum Outcome { MET, MISSED, NOT_MEASURED }
}
