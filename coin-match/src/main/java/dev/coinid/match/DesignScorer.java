package dev.coinid.match;

import java.util.Arrays;

/**
 * Turns a photo's (reference-normalised, see {@link ReferenceNorms}) correlations with every
 * design of an index into scores in 0..1. A design's correlation alone says little: some photos
 * correlate well with everything (a worn, evenly lit coin), some with nothing. What tells a match
 * is how far the best design stands out from the rest, so each correlation is measured in
 * standard deviations above the mean of the other designs' correlations with the same photo
 * (cohort normalisation, the "T-norm" of speaker and face verification), and mapped through a
 * logistic curve that passes 0.5 at {@link #KNOWN_AT}.
 *
 * <p>With hundreds of designs, the best of a photo that shows none of them still lies about
 * three to four deviations above the mean (the maximum of many draws). On the development data
 * (see docs/identification.md) the photos that show none of the designs stayed below 7.5 and all but one of
 * the correctly ranked photos of known designs lay above 8; any threshold from 6 to 8 gave the
 * same misses, and the threshold sits in the middle of that range.
 */
final class DesignScorer {

    /** Deviations above the other designs' mean at which a design is called known (score 0.5). */
    static final double KNOWN_AT = 7.0;
    /** How steeply the score rises around {@link #KNOWN_AT}, per deviation. */
    private static final double STEEPNESS = 2.0;
    /** Fewest designs an index needs for the statistics of the others to mean something. */
    static final int MIN_COHORT = 8;

    private DesignScorer() {
    }

    /**
     * The score of each design, given the photo's best correlation with each design
     * ({@code correlations[d]}) and the index of the best design.
     */
    static double[] scores(double[] correlations, int bestDesign) {
        Cohort others = Cohort.of(correlations, bestDesign);
        double[] scores = new double[correlations.length];
        for (int d = 0; d < correlations.length; d++) {
            scores[d] = others.score(correlations[d]);
        }
        return scores;
    }

    /**
     * How many deviations {@code design}'s correlation stands above the other designs' mean: what
     * its score maps to 0..1, unbounded, so that two views of one photo can be compared.
     */
    static double standing(double[] correlations, int design) {
        return Cohort.of(correlations, design).standing(correlations[design]);
    }

    /** How many deviations a correlation that is not one of the designs' (a common side's) stands above the designs' mean. */
    static double standingAgainst(double correlation, double[] designCorrelations) {
        return Cohort.of(designCorrelations, -1).standing(correlation);
    }

    /**
     * The score of a correlation that is not one of the designs' (a common side's), measured
     * against every design's correlation with the same photo.
     */
    static double scoreAgainst(double correlation, double[] designCorrelations) {
        return Cohort.of(designCorrelations, -1).score(correlation);
    }

    /**
     * The correlations a photo's score is measured against: their mean and deviation, or too few
     * of them to mean anything ({@code tooFew}: the correlation itself is then the score's measure).
     */
    private record Cohort(double mean, double deviation, boolean tooFew) {

        /** The cohort of {@code correlations} without the one at {@code leftOut} (-1: none left out). */
        static Cohort of(double[] correlations, int leftOut) {
            if (correlations.length < MIN_COHORT) {
                return new Cohort(0, 1, true);
            }
            double sum = 0;
            double squares = 0;
            for (int d = 0; d < correlations.length; d++) {
                if (d != leftOut) {
                    sum += correlations[d];
                    squares += correlations[d] * correlations[d];
                }
            }
            int n = leftOut < 0 ? correlations.length : correlations.length - 1;
            double mean = sum / n;
            return new Cohort(mean, Math.sqrt(Math.max(1e-12, squares / n - mean * mean)), false);
        }

        double score(double correlation) {
            if (tooFew) {
                // too few designs to compare against: fall back on the correlation itself
                return logistic((correlation - 0.5) * 10);
            }
            return logistic(STEEPNESS * (standing(correlation) - KNOWN_AT));
        }

        /** The correlation in deviations above the mean; the correlation itself when there are too few. */
        double standing(double correlation) {
            return tooFew ? correlation : (correlation - mean) / deviation;
        }
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** The indices of {@code values} from largest to smallest. */
    static int[] ranking(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
