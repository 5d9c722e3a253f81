package dev.coinid.match;

import java.util.stream.IntStream;

/**
 * How each reference picture correlates with pictures of other designs, used to put every
 * reference's correlations on one scale (the "Z-norm" of speaker and face verification). Some
 * references correlate well with almost anything (a landscape of long horizontal lines, a picture
 * with little relief): left raw, such a "hub" would be the best match of many photos that show no
 * design of the index. Measured against the index's own other pictures, so it needs no data
 * beyond the references.
 */
final class ReferenceNorms {

    /** Below this many other-design pictures, a reference keeps its raw correlations. */
    private static final int MIN_IMPOSTORS = 8;

    private final double[] mean;
    private final double[] deviation;

    private ReferenceNorms(double[] mean, double[] deviation) {
        this.mean = mean;
        this.deviation = deviation;
    }

    /** The norms of references with these spectra and designs, from every pair of different designs (in parallel). */
    static ReferenceNorms of(float[][] spectra, int[] designOf) {
        int n = spectra.length;
        double[][] correlation = new double[n][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = i + 1; j < n; j++) {
                if (designOf[i] != designOf[j]) {
                    // the best turn of i against j is the best turn of j against i, reversed
                    correlation[i][j] = RotationCorrelation.best(spectra[i], spectra[j]).correlation();
                }
            }
        });
        double[] mean = new double[n];
        double[] deviation = new double[n];
        for (int j = 0; j < n; j++) {
            double sum = 0;
            double squares = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (designOf[i] != designOf[j]) {
                    double c = i < j ? correlation[i][j] : correlation[j][i];
                    sum += c;
                    squares += c * c;
                    count++;
                }
            }
            if (count < MIN_IMPOSTORS) {
                mean[j] = 0;
                deviation[j] = 1;
            } else {
                mean[j] = sum / count;
                deviation[j] = Math.sqrt(Math.max(1e-6, squares / count - mean[j] * mean[j]));
            }
        }
        return new ReferenceNorms(mean, deviation);
    }

    /** Norms as an index saved them: each reference's mean and deviation. */
    static ReferenceNorms of(double[] mean, double[] deviation) {
        if (mean.length != deviation.length) {
            throw new IllegalArgumentException(mean.length + " means but " + deviation.length + " deviations");
        }
        return new ReferenceNorms(mean.clone(), deviation.clone());
    }

    /** How many references these norms are of. */
    int size() {
        return mean.length;
    }

    /** Reference {@code r}'s usual correlation with pictures of other designs. */
    double mean(int r) {
        return mean[r];
    }

    /** The deviation of reference {@code r}'s correlations with pictures of other designs. */
    double deviation(int r) {
        return deviation[r];
    }

    /** A photo's correlation with reference {@code r}, in deviations above that reference's usual correlation. */
    double normalise(int r, double correlation) {
        return (correlation - mean[r]) / deviation[r];
    }
}
