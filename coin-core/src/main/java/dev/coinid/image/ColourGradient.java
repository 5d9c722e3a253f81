package dev.coinid.image;

import dev.coinid.image.internal.Sobel;

import java.util.Arrays;

/**
 * The Sobel gradient of each colour channel of a picture, the strength at which an edge point is
 * capped (infinite unless asked for), and the strength of a circle's or an ellipse's rim in it:
 * what {@link CoinLocator} and {@link TiltedCoinLocator} score a candidate rim by.
 */
record ColourGradient(int width, int height, float[] gx, float[] gy, double clip) {

    /**
     * For 2-euro coins: a point of a circle counts fully from half the strength of the picture's
     * strongest edges (its 99.5th percentile) on, so that a short, very strong stroke of the
     * design cannot outweigh a whole rim of moderate contrast.
     */
    private static final double CLIP_QUANTILE = 0.995;
    private static final double CLIP_FRACTION = 0.5;

    private static final int ANGLES = 90;
    private static final double[] COS = new double[ANGLES];
    private static final double[] SIN = new double[ANGLES];

    static {
        for (int a = 0; a < ANGLES; a++) {
            COS[a] = Math.cos(2 * Math.PI * a / ANGLES);
            SIN[a] = Math.sin(2 * Math.PI * a / ANGLES);
        }
    }

    /** The gradient of {@code image}, its edges capped at half the strength of its strongest ones when {@code withClip}. */
    static ColourGradient of(RgbImage image, boolean withClip) {
        return of(image, withClip, true);
    }

    private static ColourGradient of(RgbImage image, boolean withClip, boolean exactClip) {
        int w = image.width();
        int h = image.height();
        byte[] rgb = image.toRgbBytes();
        float[] values = new float[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            values[i] = rgb[i] & 0xff;
        }
        float[] gx = new float[3 * w * h];
        float[] gy = new float[3 * w * h];
        for (int c = 0; c < 3; c++) {
            Sobel.gradient(values, w, h, 3, c, gx, gy);
        }
        if (!withClip) {
            return new ColourGradient(w, h, gx, gy, Double.POSITIVE_INFINITY);
        }
        float[] magnitude = new float[w * h];
        for (int p = 0; p < w * h; p++) {
            double m = 0;
            for (int c = 0; c < 3; c++) {
                m += gx[3 * p + c] * gx[3 * p + c] + gy[3 * p + c] * gy[3 * p + c];
            }
            magnitude[p] = (float) Math.sqrt(m);
        }
        if (!exactClip) {
            return new ColourGradient(w, h, gx, gy, Math.max(1, CLIP_FRACTION * histogramQuantile(magnitude)));
        }
        Arrays.sort(magnitude);
        return new ColourGradient(w, h, gx, gy, Math.max(1, CLIP_FRACTION * magnitude[(int) (CLIP_QUANTILE * (w * h - 1))]));
    }

    /**
     * The gradient of {@code image}, its edges capped as {@link #of(RgbImage, boolean) of(image, true)}
     * caps them, the strongest edges' strength read to the nearest unit from a histogram rather
     * than by sorting: for the many small pictures {@link CoinFinder} fits rims on.
     */
    static ColourGradient capped(RgbImage image) {
        return of(image, true, false);
    }

    /** The {@link #CLIP_QUANTILE} quantile of {@code values} (0 up), to the nearest unit. */
    private static float histogramQuantile(float[] values) {
        int[] counts = new int[2048];
        for (float v : values) {
            counts[Math.min(counts.length - 1, (int) v)]++;
        }
        long needed = (long) Math.floor(CLIP_QUANTILE * (values.length - 1)) + 1;
        long seen = 0;
        for (int bin = 0; bin < counts.length; bin++) {
            seen += counts[bin];
            if (seen >= needed) {
                return bin + 0.5f;
            }
        }
        return counts.length;
    }

    /**
     * The mean, over points of the circle inside the picture, of the gradient's component
     * across the rim (its length over the channels), capped at {@code clip} when
     * {@code capped}; 0 when under three quarters of the circle are inside (under 90% when
     * {@code capped}: a 2-euro coin is looked for whole in the frame). A coin cropped around lies
     * mostly inside its picture; a larger circle running out of it, which only the picture's
     * corners, a shadow's edge or the table's own edges would support, is no candidate.
     */
    double rimStrength(double cx, double cy, double r, boolean capped, int stride) {
        double sum = 0;
        int inside = 0;
        for (int a = 0; a < ANGLES; a += stride) {
            int x = (int) Math.floor(cx + r * COS[a]);
            int y = (int) Math.floor(cy + r * SIN[a]);
            if (x < 1 || y < 1 || x >= width - 1 || y >= height - 1) {
                continue;
            }
            int i = 3 * (y * width + x);
            double s = 0;
            for (int c = 0; c < 3; c++) {
                double radial = gx[i + c] * COS[a] + gy[i + c] * SIN[a];
                s += radial * radial;
            }
            sum += capped ? Math.min(clip, Math.sqrt(s)) : Math.sqrt(s);
            inside++;
        }
        int points = (ANGLES + stride - 1) / stride;
        int needed = (int) Math.ceil((capped ? 0.9 : 0.75) * points);
        return inside < needed ? 0 : sum / inside;
    }

    /**
     * The length over the channels of the gradient's component along the unit vector
     * {@code (nx, ny)} at the pixel holding {@code (x, y)}, capped at {@code clip} when
     * {@code capped}; -1 for a point within a pixel of the picture's border or beyond it.
     */
    double across(double x, double y, double nx, double ny, boolean capped) {
        int px = (int) Math.floor(x);
        int py = (int) Math.floor(y);
        if (px < 1 || py < 1 || px >= width - 1 || py >= height - 1) {
            return -1;
        }
        int i = 3 * (py * width + px);
        double s = 0;
        for (int c = 0; c < 3; c++) {
            double along = gx[i + c] * nx + gy[i + c] * ny;
            s += along * along;
        }
        return capped ? Math.min(clip, Math.sqrt(s)) : Math.sqrt(s);
    }

    /**
     * The mean, over points of {@code ellipse} shrunk about its centre to {@code fraction} of its
     * size and inside the picture, of the capped gradient's component across the outline; 0 when
     * under 90% of the points are inside.
     */
    double ellipseStrength(CoinEllipse ellipse, double fraction) {
        double sum = 0;
        int inside = 0;
        for (int a = 0; a < ANGLES; a++) {
            double[] point = ellipse.point(COS[a], SIN[a], fraction);
            double[] normal = ellipse.normal(COS[a], SIN[a]);
            double s = across(point[0], point[1], normal[0], normal[1], true);
            if (s >= 0) {
                sum += s;
                inside++;
            }
        }
        return inside < Math.ceil(0.9 * ANGLES) ? 0 : sum / inside;
    }
}
