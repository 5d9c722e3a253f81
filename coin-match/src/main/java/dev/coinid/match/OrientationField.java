package dev.coinid.match;

import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.Sobel;

import static dev.coinid.match.PolarGradientHistogram.ANGLES;
import static dev.coinid.match.PolarGradientHistogram.INNER;
import static dev.coinid.match.PolarGradientHistogram.LENGTH;
import static dev.coinid.match.PolarGradientHistogram.ORIENTATIONS;
import static dev.coinid.match.PolarGradientHistogram.OUTER;
import static dev.coinid.match.PolarGradientHistogram.RINGS;

/**
 * Where the edges of a cut-out coin run, kept as a grid of local histograms of screen directions
 * (folded onto 180 degrees, as {@link PolarGradientHistogram} folds them), from which the coin's
 * polar description can be read at any placement of the reference's cells: shifted, scaled,
 * stretched and turned by fractions of a sector. Reading one placement costs a few lookups per
 * cell instead of a new pass over the pixels, which is what lets {@link ShortlistVerifier} search
 * for the placement that fits a reference best. Immutable and thread-safe.
 */
final class OrientationField {

    /** Pixels of the cut-out between two nodes of the grid. */
    static final int SPACING = 4;
    /** Screen directions over 180 degrees. */
    static final int BINS = 16;
    /** How far out, as a fraction of the coin's radius, edges are kept: beyond {@link PolarGradientHistogram#OUTER}, for placements scaled up. */
    private static final double REACH = 0.92;

    private final int grid;
    private final double centre;
    private final double radius;
    /** {@code (y * grid + x) * BINS + bin}. */
    private final float[] field;

    private OrientationField(int grid, double centre, double radius, float[] field) {
        this.grid = grid;
        this.centre = centre;
        this.radius = radius;
        this.field = field;
    }

    /** The field of {@code coin}, a square cut-out with the coin's rim at {@code radius} pixels from its centre. */
    static OrientationField of(RgbImage coin, double radius) {
        int size = coin.width();
        if (coin.height() != size) {
            throw new IllegalArgumentException("expected a square cut-out, got " + coin);
        }
        float[] grey = GreyGradient.smoothedLuminance(coin, PolarGradientHistogram.SMOOTHING);
        float[] gx = new float[size * size];
        float[] gy = new float[size * size];
        Sobel.gradient(grey, size, size, gx, gy);
        double centre = size / 2.0;
        int[] described = new int[size * size];
        int[] kept = new int[size * size];
        int nDescribed = 0;
        int nKept = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double rho = Math.hypot(x + 0.5 - centre, y + 0.5 - centre) / radius;
                if (rho < REACH) {
                    kept[nKept++] = y * size + x;
                    if (rho >= INNER && rho < OUTER) {
                        described[nDescribed++] = y * size + x;
                    }
                }
            }
        }
        double[] equaliser = PolarGradientHistogram.orientationEqualiser(gx, gy,
                java.util.Arrays.copyOf(described, nDescribed));
        int grid = (size + SPACING - 1) / SPACING;
        float[] field = new float[grid * grid * BINS];
        for (int k = 0; k < nKept; k++) {
            int i = kept[k];
            double magnitude = Math.hypot(gx[i], gy[i]);
            if (magnitude < 1e-3) {
                continue;
            }
            magnitude *= equaliser[PolarGradientHistogram.absoluteBin(gx[i], gy[i])];
            double direction = Math.atan2(gy[i], gx[i]);
            if (direction < 0) {
                direction += Math.PI;
            }
            double fb = direction / Math.PI * BINS - 0.5;
            int b0 = (int) Math.floor(fb);
            double wb = fb - b0;
            double fx = (i % size + 0.5) / SPACING - 0.5;
            double fy = (i / size + 0.5) / SPACING - 0.5;
            int x0 = (int) Math.floor(fx);
            int y0 = (int) Math.floor(fy);
            double wx = fx - x0;
            double wy = fy - y0;
            for (int dy = 0; dy < 2; dy++) {
                int gyNode = y0 + dy;
                if (gyNode < 0 || gyNode >= grid) {
                    continue;
                }
                for (int dx = 0; dx < 2; dx++) {
                    int gxNode = x0 + dx;
                    if (gxNode < 0 || gxNode >= grid) {
                        continue;
                    }
                    double w = magnitude * (dx == 0 ? 1 - wx : wx) * (dy == 0 ? 1 - wy : wy);
                    int node = (gyNode * grid + gxNode) * BINS;
                    field[node + Math.floorMod(b0, BINS)] += (float) (w * (1 - wb));
                    field[node + Math.floorMod(b0 + 1, BINS)] += (float) (w * wb);
                }
            }
        }
        // widen each node's window to about a cell of the description (a [1 2 1] filter twice each way)
        for (int pass = 0; pass < 2; pass++) {
            smooth(field, grid, 1);
            smooth(field, grid, grid);
        }
        // and each direction's to the description's orientation bins, twice as wide as the field's
        float[] node = new float[BINS];
        for (int n = 0; n < grid * grid; n++) {
            System.arraycopy(field, n * BINS, node, 0, BINS);
            for (int b = 0; b < BINS; b++) {
                field[n * BINS + b] = 0.25f * node[(b + BINS - 1) % BINS] + 0.5f * node[b] + 0.25f * node[(b + 1) % BINS];
            }
        }
        return new OrientationField(grid, size / 2.0, radius, field);
    }

    /** A [1 2 1] / 4 filter along one axis of the grid ({@code stride} 1: along x, {@code grid}: along y). */
    private static void smooth(float[] field, int grid, int stride) {
        float[] copy = field.clone();
        for (int y = 0; y < grid; y++) {
            for (int x = 0; x < grid; x++) {
                int along = stride == 1 ? x : y;
                int node = y * grid + x;
                int before = along > 0 ? node - stride : node;
                int after = along < grid - 1 ? node + stride : node;
                for (int b = 0; b < BINS; b++) {
                    field[node * BINS + b] = 0.25f * copy[before * BINS + b] + 0.5f * copy[node * BINS + b]
                            + 0.25f * copy[after * BINS + b];
                }
            }
        }
    }

    /**
     * The coin's description ({@link PolarGradientHistogram}'s layout and normalisation) read with
     * the reference's cells placed by {@code placement}: what the photo's description would be if
     * its coin had been cut out that way.
     */
    float[] describe(Placement placement) {
        double[] histogram = new double[LENGTH];
        double turn = placement.turnSectors();
        double a11 = placement.scale() * (1 + placement.stretch());
        double a22 = placement.scale() * (1 - placement.stretch());
        double a12 = placement.scale() * placement.shear();
        for (int a = 0; a < ANGLES; a++) {
            double phi = (a + turn + 0.5) / ANGLES * 2 * Math.PI - Math.PI;
            double cos = Math.cos(phi);
            double sin = Math.sin(phi);
            // the direction of the radius, in bins of the field: where each orientation bin of the cell starts
            double radialBin = (phi < 0 ? phi + 2 * Math.PI : phi) / Math.PI * BINS;
            for (int r = 0; r < RINGS; r++) {
                double rho = (INNER + (r + 0.5) / RINGS * (OUTER - INNER)) * radius;
                double ux = rho * cos;
                double uy = rho * sin;
                double px = centre + placement.dx() + a11 * ux + a12 * uy;
                double py = centre + placement.dy() + a12 * ux + a22 * uy;
                double fx = px / SPACING - 0.5;
                double fy = py / SPACING - 0.5;
                int x0 = (int) Math.floor(fx);
                int y0 = (int) Math.floor(fy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= grid || y0 + 1 >= grid) {
                    continue;
                }
                double wx = fx - x0;
                double wy = fy - y0;
                int n00 = (y0 * grid + x0) * BINS;
                int n01 = n00 + BINS;
                int n10 = n00 + grid * BINS;
                int n11 = n10 + BINS;
                double w00 = (1 - wx) * (1 - wy);
                double w01 = wx * (1 - wy);
                double w10 = (1 - wx) * wy;
                double w11 = wx * wy;
                int cell = (a * RINGS + r) * ORIENTATIONS;
                for (int o = 0; o < ORIENTATIONS; o++) {
                    // orientation bin o of the description is centred (o + 0.5) / ORIENTATIONS of 180 degrees from the radius
                    double fb = radialBin + (o + 0.5) * BINS / (double) ORIENTATIONS - 0.5;
                    int b0 = (int) Math.floor(fb);
                    double wb = fb - b0;
                    int lo = Math.floorMod(b0, BINS);
                    int hi = (lo + 1) % BINS;
                    double low = w00 * field[n00 + lo] + w01 * field[n01 + lo] + w10 * field[n10 + lo] + w11 * field[n11 + lo];
                    double high = w00 * field[n00 + hi] + w01 * field[n01 + hi] + w10 * field[n10 + hi] + w11 * field[n11 + hi];
                    histogram[cell + o] = low * (1 - wb) + high * wb;
                }
            }
        }
        return PolarGradientHistogram.normalised(histogram);
    }

    /**
     * Where the reference's cells fall on the photo's coin: shifted by {@code dx, dy} pixels of the
     * cut-out, scaled, stretched along the screen's axes ({@code stretch}) and diagonals
     * ({@code shear}), and turned by {@code turnSectors} sectors of the description (fractions allowed).
     */
    record Placement(double dx, double dy, double scale, double stretch, double shear, double turnSectors) {

        /** The placement of the cut-out as it is, turned by whole or fractional sectors. */
        static Placement turned(double turnSectors) {
            return new Placement(0, 0, 1, 0, 0, turnSectors);
        }
    }
}
