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
        for (int y = 0; y < height; y++) {
            double r = t.rimScale() * (y + 0.5) / height;
            for (int x = 0; x < width; x++) {
                double theta = 2 * Math.PI * x / width;
                double px = dx + r * Math.cos(theta);
                double py = dy + r * Math.sin(theta);
                double column = Math.atan2(py, px) / (2 * Math.PI) * width;
                double row = Math.min(height - 1, Math.max(0, Math.hypot(px, py) * height - 0.5));
                sample(source, width, height, column, row, rgb, 3 * (y * width + x));
            }
        }
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
