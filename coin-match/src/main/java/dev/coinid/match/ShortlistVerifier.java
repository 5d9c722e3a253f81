package dev.coinid.match;

import dev.coinid.match.OrientationField.Placement;

import static dev.coinid.match.PolarGradientHistogram.ANGLES;
import static dev.coinid.match.PolarGradientHistogram.ORIENTATIONS;
import static dev.coinid.match.PolarGradientHistogram.RINGS;

/**
 * The second opinion on a design the fast shortlist ranked high: the photo's coin fitted to the
 * reference (shift, scale, stretch and a fine turn, from the shortlist's turn on, by coordinate
 * search on the correlation), then the count of cells whose edge direction the photo and the
 * reference share, among the reference's most distinct cells and among the photo's. A direction,
 * not a signed gradient: relief lit from the other side swaps light and dark edges and keeps
 * their direction. How many cells agree by chance is measured when the index is built, from
 * reference pictures fitted to the other designs their shortlist offered
 * ({@link VerificationChance}). Holds nothing: thread-safe.
 */
final class ShortlistVerifier {

    /** How many of the shortlist's designs are verified. */
    static final int SHORTLIST = 5;

    /** Of each reference, the share of its cells with the most distinct edge direction that are counted. */
    private static final double COUNTED_SHARE = 0.5;
    /** The largest difference of edge direction at which two cells agree: a sixteenth turn of 180 degrees either way. */
    private static final double AGREEMENT = Math.PI / 8;

    private static final double[] COS2 = new double[ORIENTATIONS];
    private static final double[] SIN2 = new double[ORIENTATIONS];

    static {
        for (int o = 0; o < ORIENTATIONS; o++) {
            double theta = (o + 0.5) * Math.PI / ORIENTATIONS;
            COS2[o] = Math.cos(2 * theta);
            SIN2[o] = Math.sin(2 * theta);
        }
    }

    /**
     * The parameters of a fit, in {@link Placement}'s order (shift in pixels of the cut-out, scale,
     * stretch, shear, turn in sectors): where they start, their first steps (then halved
     * {@value #HALVINGS} times) and how far from the start each may go.
     */
    private static final double[] START = {0, 0, 1, 0, 0, 0};
    private static final double[] STEPS = {4, 4, 0.04, 0.04, 0.04, 0.5};
    private static final double[] LIMITS = {20, 20, 0.15, 0.15, 0.15, 2};
    private static final int HALVINGS = 2;
    /** The turn's place among the parameters: it starts at the shortlist's turn. */
    private static final int TURN = 5;

    /** The evidence, in deviations of the chance fits, at which a verified design scores 0.5. */
    static final double KNOWN_AT = 3.0;
    /** The lead over the next verified design, in the same deviations, at which it scores 0.5. */
    static final double MARGIN = 1.5;
    /** How steeply the score rises, per deviation. */
    private static final double STEEPNESS = 2.0;

    private ShortlistVerifier() {
    }

    /**
     * The score in 0..1 of a verified design with this evidence, against the best evidence of
     * the other verified designs: 0.5 where it reaches {@link #KNOWN_AT} with a lead of
     * {@link #MARGIN}, and only where it has both.
     */
    static double score(double evidence, double nextEvidence) {
        double lead = Math.min(evidence - KNOWN_AT, evidence - nextEvidence - MARGIN);
        return 1 / (1 + Math.exp(-STEEPNESS * lead));
    }

    /**
     * What a fit found: the correlation of the fitted descriptions, how many of the counted cells
     * agree on their edge direction (the reference's most distinct and the photo's, see
     * {@link #count}), and where the reference's cells fell.
     */
    record Evidence(double correlation, int agreeing, int counted, Placement placement) {

        /** The agreement in binomial deviations above {@code cellChance}, the share of cells that agree by chance. */
        double deviations(double cellChance) {
            return (agreeing - counted * cellChance) / Math.sqrt(counted * cellChance * (1 - cellChance));
        }
    }

    /**
     * Fits the photo's coin to a reference's description from the shortlist's turn
     * ({@code turnSectors}: the photo's sectors are the reference's shifted by it) and counts the
     * cells that agree.
     */
    static Evidence verify(OrientationField photo, float[] reference, double turnSectors) {
        double[] at = START.clone();
        at[TURN] = turnSectors;
        double best = correlation(photo.describe(placement(at)), reference);
        for (int level = 0; level <= HALVINGS; level++) {
            double factor = 1.0 / (1 << level);
            boolean moved = true;
            for (int round = 0; moved && round < 4; round++) {
                moved = false;
                for (int p = 0; p < START.length; p++) {
                    for (int sign = -1; sign <= 1; sign += 2) {
                        double[] trial = at.clone();
                        trial[p] += sign * STEPS[p] * factor;
                        double from = p == TURN ? turnSectors : START[p];
                        if (Math.abs(trial[p] - from) > LIMITS[p] + 1e-9) {
                            continue;
                        }
                        double c = correlation(photo.describe(placement(trial)), reference);
                        if (c > best) {
                            best = c;
                            at = trial;
                            moved = true;
                            break;
                        }
                    }
                }
            }
        }
        Placement fitted = placement(at);
        return count(photo.describe(fitted), reference, best, fitted);
    }

    private static Placement placement(double[] at) {
        return new Placement(at[0], at[1], at[2], at[3], at[4], at[5]);
    }

    private static double correlation(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * How many cells agree on their edge direction, counted twice: among the reference's most
     * distinct cells, and among the photo's. The reference's side alone would let a photo of
     * parallel lines (a striped cloth, a plank) agree with a design of parallel lines wherever
     * the design has them; the photo's side asks that its own distinct cells agree too.
     */
    private static Evidence count(float[] photo, float[] reference, double correlation, Placement placement) {
        int cells = ANGLES * RINGS;
        double[] referenceStrength = new double[cells];
        double[] referenceDirection = new double[cells];
        double[] photoStrength = new double[cells];
        double[] photoDirection = new double[cells];
        for (int c = 0; c < cells; c++) {
            double rx = 0;
            double ry = 0;
            double px = 0;
            double py = 0;
            for (int o = 0; o < ORIENTATIONS; o++) {
                rx += reference[c * ORIENTATIONS + o] * COS2[o];
                ry += reference[c * ORIENTATIONS + o] * SIN2[o];
                px += photo[c * ORIENTATIONS + o] * COS2[o];
                py += photo[c * ORIENTATIONS + o] * SIN2[o];
            }
            referenceStrength[c] = Math.hypot(rx, ry);
            referenceDirection[c] = Math.atan2(ry, rx);
            photoStrength[c] = Math.hypot(px, py);
            photoDirection[c] = Math.atan2(py, px);
        }
        int referenceAgreeing = agreeing(referenceStrength, referenceDirection, photoDirection);
        int photoAgreeing = agreeing(photoStrength, photoDirection, referenceDirection);
        return new Evidence(correlation, referenceAgreeing + photoAgreeing, 2 * counted(cells), placement);
    }

    private static int counted(int cells) {
        return (int) Math.round(cells * COUNTED_SHARE);
    }

    /** Of the {@link #COUNTED_SHARE} of cells strongest by {@code strength}, how many agree with {@code other}'s direction. */
    private static int agreeing(double[] strength, double[] direction, double[] other) {
        Integer[] order = new Integer[strength.length];
        java.util.Arrays.setAll(order, i -> i);
        java.util.Arrays.sort(order, (a, b) -> Double.compare(strength[b], strength[a]));
        int agreeing = 0;
        for (int k = 0; k < counted(strength.length); k++) {
            int c = order[k];
            // doubled angles: a difference of 2 * AGREEMENT there is one of AGREEMENT in edge direction
            if (Math.abs(Math.IEEEremainder(direction[c] - other[c], 2 * Math.PI)) < 2 * AGREEMENT) {
                agreeing++;
            }
        }
        return agreeing;
    }
}
