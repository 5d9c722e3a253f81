package dev.coinid.image;

/**
 * A separable Gaussian blur of one plane of samples (a grey image, or one colour channel), edges
 * repeated: what a lens out of focus does, and the smoothing before an image's gradient is taken.
 */
public final class GaussianBlur {

    private GaussianBlur() {
    }

    /**
     * {@code plane} ({@code width x height}, row by row) blurred by a Gaussian of {@code sigma}
     * pixels, cut off {@code reach} pixels from the centre; a new array.
     */
    public static float[] blur(float[] plane, int width, int height, double sigma, int reach) {
        if (plane.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " plane has " + width * height
                    + " samples, not " + plane.length);
        }
        float[] kernel = new float[2 * reach + 1];
        double sum = 0;
        for (int k = -reach; k <= reach; k++) {
            kernel[k + reach] = (float) Math.exp(-k * k / (2 * sigma * sigma));
            sum += kernel[k + reach];
        }
        for (int k = 0; k < kernel.length; k++) {
            kernel[k] /= (float) sum;
        }
        float[] rows = new float[plane.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float s = 0;
                for (int k = -reach; k <= reach; k++) {
                    s += kernel[k + reach] * plane[y * width + Math.max(0, Math.min(width - 1, x + k))];
                }
                rows[y * width + x] = s;
            }
        }
        float[] out = new float[plane.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float s = 0;
                for (int k = -reach; k <= reach; k++) {
                    s += kernel[k + reach] * rows[Math.max(0, Math.min(height - 1, y + k)) * width + x];
                }
                out[y * width + x] = s;
            }
        }
        return out;
    }
}
