package dev.coinid.match;

import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.Sobel;

/**
 * Describes a coin's design by where its edges run, in polar coordinates: for each of
 * {@value #ANGLES} sectors and {@value #RINGS} rings of the coin's inner part, a histogram of
 * the edge directions measured against the radius (so that turning the coin turns nothing but
 * the sector index), unsigned (so that relief lit from the other side, which swaps light and
 * dark edges, reads the same), normalised over each cell's neighbours (so that glare and shadow
 * change little), after evening out the edge strength of each direction over the whole coin (so
 * that light from one side, which hides the edges running along it, matters less). A turn of the
 * coin is then a cyclic shift of the sectors, and
 * {@link RotationCorrelation} finds the best one for every turn at once.
 *
 * <p>The input is a coin cut out by {@link CoinView}: centred, at a fixed radius. Only the part
 * inside {@value #OUTER} of the radius is described: the ring of twelve stars outside it is the
 * same on every 2-euro national side. Instances are immutable and thread-safe.
 */
final class PolarGradientHistogram {

    /** Sectors around the coin: 5 degrees each. */
    static final int ANGLES = 72;
    /** Rings from the centre to {@link #OUTER} of the radius. */
    static final int RINGS = 10;
    /** Edge-direction bins over 180 degrees. */
    static final int ORIENTATIONS = 8;
    /** The values of one sector: its rings' histograms. */
    static final int SECTOR_LENGTH = RINGS * ORIENTATIONS;
    /** The length of a description. */
    static final int LENGTH = ANGLES * SECTOR_LENGTH;

    /** The inner edge of the described part, as a fraction of the coin's radius. */
    static final double INNER = 0.06;
    /** The outer edge of the described part: the inner core of a 2-euro coin, inside the ring of stars. */
    static final double OUTER = 0.74;
    /** The Gaussian smoothing before the gradient, in pixels of the cut-out. */
    static final double SMOOTHING = 1.5;
    /** The cap on a normalised cell value, as in HOG, so that one strong edge cannot dominate. */
    private static final double CLIP = 0.3;

    private final int size;
    private final double radius;
    /** For each pixel of the cut-out that is described: its index, and its bins and weights. */
    private final int[] pixel;
    private final double[] radialCos;
    private final double[] radialSin;
    private final int[] sector;
    private final float[] sectorWeight;
    private final int[] ring;
    private final float[] ringWeight;

    /** A description of cut-outs {@code size} pixels wide with the coin's rim at {@code radius}. */
    PolarGradientHistogram(int size, double radius) {
        this.size = size;
        this.radius = radius;
        double centre = size / 2.0;
        int n = 0;
        int[] px = new int[size * size];
        double[] cos = new double[size * size];
        double[] sin = new double[size * size];
        int[] sec = new int[size * size];
        float[] secW = new float[size * size];
        int[] rng = new int[size * size];
        float[] rngW = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double dx = x + 0.5 - centre;
                double dy = y + 0.5 - centre;
                double rho = Math.hypot(dx, dy) / radius;
                if (rho < INNER || rho >= OUTER) {
                    continue;
                }
                double phi = Math.atan2(dy, dx);
                double fa = (phi + Math.PI) / (2 * Math.PI) * ANGLES - 0.5;
                double fr = (rho - INNER) / (OUTER - INNER) * RINGS - 0.5;
                int a0 = (int) Math.floor(fa);
                int r0 = (int) Math.floor(fr);
                px[n] = y * size + x;
                cos[n] = Math.cos(phi);
                sin[n] = Math.sin(phi);
                sec[n] = a0;
                secW[n] = (float) (fa - a0);
                rng[n] = r0;
                rngW[n] = (float) (fr - r0);
                n++;
            }
        }
        pixel = java.util.Arrays.copyOf(px, n);
        radialCos = java.util.Arrays.copyOf(cos, n);
        radialSin = java.util.Arrays.copyOf(sin, n);
        sector = java.util.Arrays.copyOf(sec, n);
        sectorWeight = java.util.Arrays.copyOf(secW, n);
        ring = java.util.Arrays.copyOf(rng, n);
        ringWeight = java.util.Arrays.copyOf(rngW, n);
    }

    /** The description of {@code coin}, a cut-out of this description's size: unit length, zero mean. */
    float[] describe(RgbImage coin) {
        if (coin.width() != size || coin.height() != size) {
            throw new IllegalArgumentException("expected a " + size + "x" + size + " cut-out, got " + coin);
        }
        float[] grey = GreyGradient.smoothedLuminance(coin, SMOOTHING);
        float[] gx = new float[size * size];
        float[] gy = new float[size * size];
        Sobel.gradient(grey, size, size, gx, gy);
        double[] equaliser = orientationEqualiser(gx, gy, pixel);
        double[] histogram = new double[LENGTH];
        for (int k = 0; k < pixel.length; k++) {
            int i = pixel[k];
            double magnitude = Math.hypot(gx[i], gy[i]);
            if (magnitude < 1e-3) {
                continue;
            }
            magnitude *= equaliser[absoluteBin(gx[i], gy[i])];
            // the edge direction against the radius through the pixel, folded onto 0..pi
            double along = gx[i] * radialCos[k] + gy[i] * radialSin[k];
            double across = gy[i] * radialCos[k] - gx[i] * radialSin[k];
            double theta = Math.atan2(across, along);
            if (theta < 0) {
                theta += Math.PI;
            }
            if (theta >= Math.PI) {
                theta -= Math.PI;
            }
            double fo = theta / Math.PI * ORIENTATIONS - 0.5;
            int o0 = (int) Math.floor(fo);
            double wo = fo - o0;
            double wa = sectorWeight[k];
            double wr = ringWeight[k];
            for (int da = 0; da < 2; da++) {
                int a = Math.floorMod(sector[k] + da, ANGLES);
                double weightA = da == 0 ? 1 - wa : wa;
                for (int dr = 0; dr < 2; dr++) {
                    int r = ring[k] + dr;
                    if (r < 0 || r >= RINGS) {
                        continue;
                    }
                    double weightAr = weightA * (dr == 0 ? 1 - wr : wr) * magnitude;
                    int cell = (a * RINGS + r) * ORIENTATIONS;
                    histogram[cell + Math.floorMod(o0, ORIENTATIONS)] += weightAr * (1 - wo);
                    histogram[cell + Math.floorMod(o0 + 1, ORIENTATIONS)] += weightAr * wo;
                }
            }
        }
        return normalised(histogram);
    }

    /** Directions, over 180 degrees, in which the edge strength of a whole coin is evened out. */
    static final int LIGHT_BINS = 16;

    static int absoluteBin(float gx, float gy) {
        double a = Math.atan2(gy, gx);
        if (a < 0) {
            a += Math.PI;
        }
        return Math.min(LIGHT_BINS - 1, (int) (a / Math.PI * LIGHT_BINS));
    }

    /**
     * For each direction an edge can run on screen, the factor that gives every direction the
     * same total edge strength over the coin. Light from one side brightens the edges that face
     * it and all but hides those that run along it; dividing by each direction's strength undoes
     * that first-order effect in the photo and in the reference alike.
     */
    static double[] orientationEqualiser(float[] gx, float[] gy, int[] pixels) {
        double[] energy = new double[LIGHT_BINS];
        for (int i : pixels) {
            energy[absoluteBin(gx[i], gy[i])] += Math.hypot(gx[i], gy[i]);
        }
        double[] smooth = new double[LIGHT_BINS];
        double total = 0;
        for (int b = 0; b < LIGHT_BINS; b++) {
            smooth[b] = 0.25 * energy[Math.floorMod(b - 1, LIGHT_BINS)] + 0.5 * energy[b]
                    + 0.25 * energy[(b + 1) % LIGHT_BINS];
            total += smooth[b];
        }
        double mean = total / LIGHT_BINS;
        double[] factor = new double[LIGHT_BINS];
        for (int b = 0; b < LIGHT_BINS; b++) {
            factor[b] = mean / (smooth[b] + 0.05 * mean + 1e-9);
        }
        return factor;
    }

    /**
     * Each cell divided by the energy of its 3x3 neighbourhood of cells (sectors wrap, rings do
     * not), capped and square-rooted; then the whole made zero-mean and unit-length, so that the
     * dot product of two descriptions is their correlation.
     */
    static float[] normalised(double[] histogram) {
        float[] out = new float[LENGTH];
        double[] cellEnergy = new double[ANGLES * RINGS];
        for (int c = 0; c < cellEnergy.length; c++) {
            double e = 0;
            for (int o = 0; o < ORIENTATIONS; o++) {
                double v = histogram[c * ORIENTATIONS + o];
                e += v * v;
            }
            cellEnergy[c] = e;
        }
        for (int a = 0; a < ANGLES; a++) {
            for (int r = 0; r < RINGS; r++) {
                double energy = 1e-6;
                for (int da = -1; da <= 1; da++) {
                    for (int dr = -1; dr <= 1; dr++) {
                        int rr = r + dr;
                        if (rr >= 0 && rr < RINGS) {
                            energy += cellEnergy[Math.floorMod(a + da, ANGLES) * RINGS + rr];
                        }
                    }
                }
                double norm = Math.sqrt(energy);
                int cell = (a * RINGS + r) * ORIENTATIONS;
                for (int o = 0; o < ORIENTATIONS; o++) {
                    out[cell + o] = (float) Math.sqrt(Math.min(CLIP, histogram[cell + o] / norm));
                }
            }
        }
        double mean = 0;
        for (float v : out) {
            mean += v;
        }
        mean /= LENGTH;
        double squares = 0;
        for (int k = 0; k < LENGTH; k++) {
            out[k] -= (float) mean;
            squares += out[k] * out[k];
        }
        float scale = (float) (1 / (Math.sqrt(squares) + 1e-9));
        for (int k = 0; k < LENGTH; k++) {
            out[k] *= scale;
        }
        return out;
    }
}
