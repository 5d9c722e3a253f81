package dev.coinid.augment;

/**
 * Unwraps a coin already unwrapped into polar coordinates anew about another centre and out to
 * another rim ({@link Transform#centreShift()}, {@link Transform#centreShiftAngle()},
 * {@link Transform#rimScale()}): the picture the unwrap would have given had the coin's circle been
 * found a little off, made from the polar picture alone. Column {@code x} of a {@code width}-column
 * picture is the ray at {@code 2 pi x / width}, row {@code y} of {@code height} rows the circle at
 * {@code (y + 0.5) / height} of the rim, as {@code PolarUnwrapper} lays them out; points beyond the
 * rim read the rim's row, points inside the first ring the first row.
 */
final class PolarRecentring {

    private PolarRecentring() {
    }

    /** {@code rgb} (0..255 values, {@code height x width x 3}) unwrapped anew as {@code t} says, in place. */
    static void apply(Transform t, float[] rgb, int width, int height) {
        int length = 3 * width * height;
        float[] source = Workspace.current().polar(length);
        System.arraycopy(rgb, 0, source, 0, length);
        double dx = t.centreShift() * Math.cos(t.centreShiftAngle());
        double dy = t.centreShift() * Math.sin(t.centreShiftAngle());
        double[] cos = new double[width];
        double[] sin = new double[width];
        for (int x = 0; x < width; x++) {
            cos[x] = Math.cos(2 * Math.PI * x / width);
            sin[x] = Math.sin(2 * Math.PI * x / width);
        }
        for (int y = 0; y < height; y++) {
            double r = t.rimScale() * (y + 0.5) / height;
            for (int x = 0; x < width; x++) {
                double px = dx + r * cos[x];
                double py = dy + r * sin[x];
                double column = angle(px, py) / (2 * Math.PI) * width;
                double row = Math.min(height - 1, Math.max(0, Math.sqrt(px * px + py * py) * height - 0.5));
                sample(source, width, height, column, row, rgb, 3 * (y * width + x));
            }
        }
    }

    /**
     * The angle of {@code (x, y)} in radians, as {@link Math#atan2} gives it to within 0.0002
     * radians (under a hundredth of a column of 128), at a fraction of its cost: an odd polynomial
     * for the arc tangent of the smaller over the larger coordinate, then the octant.
     */
    static double angle(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax == 0 && ay == 0) {
            return 0;
        }
        double q = Math.min(ax, ay) / Math.max(ax, ay);
        double q2 = q * q;
        double a = q * (0.99997726 + q2 * (-0.33262347 + q2 * (0.19354346 + q2 * (-0.11643287
                + q2 * (0.05265332 - q2 * 0.01172120)))));
        if (ay > ax) {
            a = Math.PI / 2 - a;
        }
        if (x < 0) {
            a = Math.PI - a;
        }
        return y < 0 ? -a : a;
    }

    /** Bilinear sample at ({@code column}, {@code row}): columns wrap around, rows lie within the picture. */
    private static void sample(float[] source, int width, int height, double column, double row, float[] out, int o) {
        int c0 = (int) Math.floor(column);
        double fx = column - c0;
        int left = Math.floorMod(c0, width);
        int right = (left + 1) % width;
        int r0 = Math.min(height - 2, (int) Math.floor(row));
        double fy = row - r0;
        int top = 3 * r0 * width;
        int bottom = top + 3 * width;
        for (int c = 0; c < 3; c++) {
            double upper = source[top + 3 * left + c] * (1 - fx) + source[top + 3 * right + c] * fx;
            double lower = source[bottom + 3 * left + c] * (1 - fx) + source[bottom + 3 * right + c] * fx;
            out[o + c] = (float) (upper * (1 - fy) + lower * fy);
        }
    }
}
