package dev.coinid.match;

import static dev.coinid.match.PolarGradientHistogram.ANGLES;
import static dev.coinid.match.PolarGradientHistogram.SECTOR_LENGTH;

/**
 * The correlation of two coin descriptions at every turn of one against the other, and the best
 * turn: the cross-correlation along the sectors, computed through the discrete Fourier transform
 * of each description along its sectors (its {@link #spectrum}). A spectrum is computed once per
 * reference, so comparing a photo with a reference costs a few thousand multiplications whatever
 * the number of turns.
 */
final class RotationCorrelation {

    /** Frequencies kept of a real signal of {@code ANGLES} samples: 0 to ANGLES / 2. */
    static final int FREQUENCIES = ANGLES / 2 + 1;
    /** The length of a spectrum: real and imaginary parts of each frequency of each sector value. */
    static final int SPECTRUM_LENGTH = FREQUENCIES * SECTOR_LENGTH * 2;

    private static final double[] COS = new double[ANGLES];
    private static final double[] SIN = new double[ANGLES];

    static {
        for (int a = 0; a < ANGLES; a++) {
            COS[a] = Math.cos(2 * Math.PI * a / ANGLES);
            SIN[a] = Math.sin(2 * Math.PI * a / ANGLES);
        }
    }

    private RotationCorrelation() {
    }

    /**
     * The best turn of a photo against a reference: the correlation there, and how far the
     * photo's coin is turned against the reference's, counter-clockwise on screen, in degrees.
     */
    record Turn(double correlation, double degrees) {
    }

    /** The DFT along the sectors of each of a description's sector values: frequency-major, then value, then re/im. */
    static float[] spectrum(float[] description) {
        float[] out = new float[SPECTRUM_LENGTH];
        for (int k = 0; k < FREQUENCIES; k++) {
            int base = k * SECTOR_LENGTH * 2;
            for (int a = 0; a < ANGLES; a++) {
                int phase = (k * a) % ANGLES;
                float c = (float) COS[phase];
                float s = (float) -SIN[phase];
                int row = a * SECTOR_LENGTH;
                for (int v = 0; v < SECTOR_LENGTH; v++) {
                    float x = description[row + v];
                    out[base + 2 * v] += x * c;
                    out[base + 2 * v + 1] += x * s;
                }
            }
        }
        return out;
    }

    /** The description a {@link #spectrum} was computed from: the inverse transform along the sectors. */
    static float[] description(float[] spectrum) {
        float[] out = new float[ANGLES * SECTOR_LENGTH];
        for (int a = 0; a < ANGLES; a++) {
            int row = a * SECTOR_LENGTH;
            for (int k = 0; k < FREQUENCIES; k++) {
                int phase = (k * a) % ANGLES;
                double weight = (k == 0 || (k == ANGLES / 2 && ANGLES % 2 == 0)) ? 1.0 / ANGLES : 2.0 / ANGLES;
                float c = (float) (COS[phase] * weight);
                float s = (float) (SIN[phase] * weight);
                int base = k * SECTOR_LENGTH * 2;
                for (int v = 0; v < SECTOR_LENGTH; v++) {
                    out[row + v] += spectrum[base + 2 * v] * c - spectrum[base + 2 * v + 1] * s;
                }
            }
        }
        return out;
    }

    /**
     * The turn at which the photo's description best matches the reference's: the sector shift
     * {@code s} that maximises the sum over sectors {@code a} of photo[a + s] . reference[a].
     */
    static Turn best(float[] photoSpectrum, float[] referenceSpectrum) {
        // cross-power per frequency: sum over values of P(k) * conj(R(k))
        double[] re = new double[FREQUENCIES];
        double[] im = new double[FREQUENCIES];
        for (int k = 0; k < FREQUENCIES; k++) {
            int base = k * SECTOR_LENGTH * 2;
            double sr = 0;
            double si = 0;
            for (int j = base; j < base + SECTOR_LENGTH * 2; j += 2) {
                float pr = photoSpectrum[j];
                float pi = photoSpectrum[j + 1];
                float rr = referenceSpectrum[j];
                float ri = referenceSpectrum[j + 1];
                sr += pr * rr + pi * ri;
                si += pi * rr - pr * ri;
            }
            re[k] = sr;
            im[k] = si;
        }
        double best = Double.NEGATIVE_INFINITY;
        int bestShift = 0;
        for (int s = 0; s < ANGLES; s++) {
            // inverse DFT of a Hermitian spectrum at shift s
            double sum = re[0];
            for (int k = 1; k < FREQUENCIES; k++) {
                int phase = (k * s) % ANGLES;
                double term = re[k] * COS[phase] - im[k] * SIN[phase];
                sum += (k == ANGLES / 2 && ANGLES % 2 == 0) ? term : 2 * term;
            }
            if (sum > best) {
                best = sum;
                bestShift = s;
            }
        }
        // sectors run clockwise on screen (y grows downwards): a shift of s sectors is a turn of -s
        return new Turn(best / ANGLES, 360.0 * Math.floorMod(-bestShift, ANGLES) / ANGLES);
    }
}
