package dev.coinid.image.internal;

/**
 * The 3x3 Sobel gradient of an image plane, its edges repeated: the first step of finding a coin's
 * rim and of describing its design.
 */
public final class Sobel {

    private Sobel() {
    }

    /** The gradient of a {@code width x height} grey plane into {@code gx} and {@code gy}. */
    public static void gradient(float[] grey, int width, int height, float[] gx, float[] gy) {
        gradient(grey, width, height, 1, 0, gx, gy);
    }

    /**
     * The gradient of one channel of an image whose {@code channels} values per pixel are
     * interleaved ({@code values[channels * (y * width + x) + channel]}), into the same places of
     * {@code gx} and {@code gy}; the other channels' places are left as they are.
     */
    public static void gradient(float[] values, int width, int height, int channels, int channel,
                                float[] gx, float[] gy) {
        for (int y = 0; y < height; y++) {
            int up = Math.max(0, y - 1) * width;
            int mid = y * width;
            int down = Math.min(height - 1, y + 1) * width;
            for (int x = 0; x < width; x++) {
                int l = Math.max(0, x - 1);
                int r = Math.min(width - 1, x + 1);
                float tl = values[channels * (up + l) + channel];
                float t = values[channels * (up + x) + channel];
                float tr = values[channels * (up + r) + channel];
                float ml = values[channels * (mid + l) + channel];
                float mr = values[channels * (mid + r) + channel];
                float bl = values[channels * (down + l) + channel];
                float b = values[channels * (down + x) + channel];
                float br = values[channels * (down + r) + channel];
                int i = channels * (mid + x) + channel;
                gx[i] = (tr + 2 * mr + br) - (tl + 2 * ml + bl);
                gy[i] = (bl + 2 * b + br) - (tl + 2 * t + tr);
            }
        }
    }
}
