package dev.coinid.image;

import dev.coinid.image.internal.GaussianBlur;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The thin edges of a picture, each with the direction of its gradient (in the colour channel
 * where it is strongest), and what {@link CoinFinder} reads from them: the points many edges point
 * at (likely centres of round rims) and the ring of edges around such a point.
 */
final class EdgePoints {

    /** Edges weaker than this Sobel strength (of 0..255 channels) never count: sensor noise. */
    private static final float NOISE_FLOOR = 24;
    /** Nor weaker than this quantile of the picture's gradient strengths, on a busy table. */
    private static final double QUANTILE = 0.7;
    private static final int SECTORS = 64;
    private static final double ALIGNED = 0.9;
    private static final double MIN_COVERAGE = 0.5;
    private static final double OUTER_RING_SHARE = 0.5;
    /** A tilted rim covers the distances from its shorter semi-axis to its longer: the band looked at. */
    private static final double BAND = 0.84;

    private final int width;
    private final int height;
    private final int[] xs;
    private final int[] ys;
    private final float[] ux;
    private final float[] uy;
    /** For each row, the index of its first edge point (edges are listed row by row); one more entry at the end. */
    private final int[] rowStart;

    private EdgePoints(int width, int height, int[] xs, int[] ys, float[] ux, float[] uy, int[] rowStart) {
        this.width = width;
        this.height = height;
        this.xs = xs;
        this.ys = ys;
        this.ux = ux;
        this.uy = uy;
        this.rowStart = rowStart;
    }

    /** The thin edges of {@code picture}: the points whose gradient is strongest across the edge. */
    static EdgePoints of(RgbImage picture) {
        int w = picture.width();
        int h = picture.height();
        byte[] rgb = picture.pixelArray();
        float[] gx = new float[w * h];
        float[] gy = new float[w * h];
        float[] magnitude = new float[w * h];
        for (int y = 1; y < h - 1; y++) {
            for (int x = 1; x < w - 1; x++) {
                float bestX = 0;
                float bestY = 0;
                float best = -1;
                for (int c = 0; c < 3; c++) {
                    int tl = rgb[3 * ((y - 1) * w + x - 1) + c] & 0xFF;
                    int t = rgb[3 * ((y - 1) * w + x) + c] & 0xFF;
                    int tr = rgb[3 * ((y - 1) * w + x + 1) + c] & 0xFF;
                    int l = rgb[3 * (y * w + x - 1) + c] & 0xFF;
                    int r = rgb[3 * (y * w + x + 1) + c] & 0xFF;
                    int bl = rgb[3 * ((y + 1) * w + x - 1) + c] & 0xFF;
                    int b = rgb[3 * ((y + 1) * w + x) + c] & 0xFF;
                    int br = rgb[3 * ((y + 1) * w + x + 1) + c] & 0xFF;
                    float dx = (tr + 2 * r + br) - (tl + 2 * l + bl);
                    float dy = (bl + 2 * b + br) - (tl + 2 * t + tr);
                    float m = dx * dx + dy * dy;
                    if (m > best) {
                        best = m;
                        bestX = dx;
                        bestY = dy;
                    }
                }
                int i = y * w + x;
                gx[i] = bestX;
                gy[i] = bestY;
                magnitude[i] = (float) Math.sqrt(best);
            }
        }
        float[] sorted = magnitude.clone();
        Arrays.sort(sorted);
        float threshold = Math.max(NOISE_FLOOR, sorted[(int) (QUANTILE * (sorted.length - 1))]);

        int[] exs = new int[w * h / 4];
        int[] eys = new int[exs.length];
        float[] eux = new float[exs.length];
        float[] euy = new float[exs.length];
        int[] rowStart = new int[h + 1];
        int n = 0;
        for (int y = 1; y < h - 1; y++) {
            rowStart[y] = n;
            for (int x = 1; x < w - 1; x++) {
                int i = y * w + x;
                float m = magnitude[i];
                if (m < threshold) {
                    continue;
                }
                // thin: keep the point only where it is the strongest of its neighbours across the edge
                float nx = gx[i] / m;
                float ny = gy[i] / m;
                int ox = Math.round(nx);
                int oy = Math.round(ny);
                if (m < magnitude[(y + oy) * w + x + ox] || m < magnitude[(y - oy) * w + x - ox]) {
                    continue;
                }
                if (n == exs.length) {
                    exs = Arrays.copyOf(exs, 2 * n);
                    eys = Arrays.copyOf(eys, 2 * n);
                    eux = Arrays.copyOf(eux, 2 * n);
                    euy = Arrays.copyOf(euy, 2 * n);
                }
                exs[n] = x;
                eys[n] = y;
                eux[n] = nx;
                euy[n] = ny;
                n++;
            }
        }
        rowStart[h - 1] = n;
        rowStart[h] = n;
        rowStart[0] = 0;
        return new EdgePoints(w, h, Arrays.copyOf(exs, n), Arrays.copyOf(eys, n), Arrays.copyOf(eux, n),
                Arrays.copyOf(euy, n), rowStart);
    }

    /**
     * The pixels (as {@code y * width + x}) that most edges point at from {@code rMin} to
     * {@code rMax} away, most votes first, at most {@code limit}, each the strongest within
     * {@code rMin / 2} around it.
     */
    int[] likelyCentres(int rMin, int rMax, int limit) {
        float[] votes = new float[width * height];
        for (int e = 0; e < xs.length; e++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double dx = sign * ux[e];
                double dy = sign * uy[e];
                for (int d = rMin; d <= rMax; d++) {
                    int x = (int) (xs[e] + 0.5 + d * dx);
                    int y = (int) (ys[e] + 0.5 + d * dy);
                    if (x < 0 || y < 0 || x >= width || y >= height) {
                        break;
                    }
                    // a vote weighs less the farther it reaches: a large rim has more points to vote with
                    votes[y * width + x] += 1f / d;
                }
            }
        }
        float[] smooth = GaussianBlur.blur(votes, width, height, Math.max(1, rMin / 6.0), Math.max(2, rMin / 3));
        int reach = Math.max(2, rMin / 2);
        float floor = (float) (0.3 * 2 * Math.PI * MIN_COVERAGE); // a third of a fully covered small ring's share
        java.util.List<long[]> peaks = new java.util.ArrayList<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = smooth[y * width + x];
                if (v >= floor && isPeak(smooth, x, y, reach, v)) {
                    peaks.add(new long[] {Float.floatToIntBits(v), y * width + x});
                }
            }
        }
        // positive floats order as their bits do
        peaks.sort((a, b) -> Long.compare(b[0], a[0]));
        // a coin's centre gathers votes from all round it: far fewer than the best centre's is noise
        float strongest = peaks.isEmpty() ? 0 : Float.intBitsToFloat((int) peaks.get(0)[0]);
        return peaks.stream().filter(p -> Float.intBitsToFloat((int) p[0]) >= 0.15f * strongest).limit(limit).mapToInt(p -> (int) p[1]).toArray();
    }

    private boolean isPeak(float[] plane, int x, int y, int reach, float v) {
        for (int j = Math.max(0, y - reach); j <= Math.min(height - 1, y + reach); j++) {
            for (int i = Math.max(0, x - reach); i <= Math.min(width - 1, x + reach); i++) {
                float other = plane[j * width + i];
                if (other > v || (other == v && (j < y || (j == y && i < x)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The rings of edges pointing at {@code (cx, cy)}, as circles: the outermost distance from
     * {@code rMin} to {@code rMax} whose edges reach {@value #OUTER_RING_SHARE} of the best one's
     * way round, and the best one where it lies well inside it (a coin's rim may be fainter than
     * its core's); for a tilted rim, the shortest distance whose band of distances covers it.
     * Empty where no distance reaches {@value #MIN_COVERAGE} of the way round.
     */
    List<CoinEllipse> ringsAround(double cx, double cy, int rMin, int rMax) {
        int top = rMax + 2;
        long[] sectors = new long[top + 2];
        for (int y = Math.max(1, (int) (cy - top)); y <= Math.min(height - 2, (int) (cy + top)); y++) {
            for (int e = rowStart[y]; e < rowStart[y + 1]; e++) {
                double dx = xs[e] + 0.5 - cx;
                double dy = ys[e] + 0.5 - cy;
                double d = Math.hypot(dx, dy);
                if (d < rMin - 1 || d > top) {
                    continue;
                }
                if (Math.abs(ux[e] * dx + uy[e] * dy) < ALIGNED * d) {
                    continue;
                }
                int sector = (int) ((Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI) * SECTORS) & (SECTORS - 1);
                sectors[(int) Math.round(d)] |= 1L << sector;
            }
        }
        double[] narrow = new double[top + 1];
        double[] wide = new double[top + 1];
        double bestNarrow = 0;
        double bestWide = 0;
        for (int d = rMin; d <= rMax; d++) {
            int visible = visibleSectors(cx, cy, d);
            if (visible < CoinFinder.MIN_VISIBLE * SECTORS) {
                continue;
            }
            narrow[d] = Long.bitCount(sectors[d - 1] | sectors[d] | sectors[d + 1]) / (double) visible;
            long band = 0;
            for (int k = (int) Math.floor(BAND * d); k <= d + 1; k++) {
                band |= sectors[k];
            }
            wide[d] = Long.bitCount(band) / (double) visible;
            bestNarrow = Math.max(bestNarrow, narrow[d]);
            bestWide = Math.max(bestWide, wide[d]);
        }
        List<CoinEllipse> rings = new ArrayList<>();
        if (bestNarrow >= MIN_COVERAGE && bestWide < 1.3 * bestNarrow + 0.1) {
            int best = -1;
            int outermost = -1;
            for (int d = rMax; d >= rMin; d--) {
                if (outermost < 0 && narrow[d] >= OUTER_RING_SHARE * bestNarrow && narrow[d] >= MIN_COVERAGE) {
                    outermost = d;
                }
                if (best < 0 && narrow[d] == bestNarrow) {
                    best = d;
                }
            }
            rings.add(CoinEllipse.circle(new CoinOutline(cx, cy, outermost)));
            if (best < 0.9 * outermost) {
                rings.add(CoinEllipse.circle(new CoinOutline(cx, cy, best)));
            }
        } else if (bestWide >= MIN_COVERAGE + 0.15) {
            // a tilted rim: the band first covers it all where it reaches its longer semi-axis
            for (int d = rMin; d <= rMax; d++) {
                if (wide[d] >= 0.9 * bestWide) {
                    rings.add(CoinEllipse.circle(new CoinOutline(cx, cy, d)));
                    break;
                }
            }
        }
        return rings;
    }

    /** How many of the sectors' middles at distance {@code d} from {@code (cx, cy)} lie inside the picture. */
    private int visibleSectors(double cx, double cy, int d) {
        int visible = 0;
        for (int s = 0; s < SECTORS; s++) {
            double angle = (s + 0.5) / SECTORS * 2 * Math.PI - Math.PI;
            double x = cx + d * Math.cos(angle);
            double y = cy + d * Math.sin(angle);
            if (x >= 1 && y >= 1 && x < width - 1 && y < height - 1) {
                visible++;
            }
        }
        return visible;
    }
}
