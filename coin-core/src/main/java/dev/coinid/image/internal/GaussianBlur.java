package dev.coinid.image.internal;

import dev.coinid.image.RgbImage;

/**
 * A separable Gaussian blur of one plane of samples (a grey image, or one colour channel), edges
 * repeated: what a lens out of focus does, and the smoothing before an image's gradient is taken.
 * Also blurs a whole {@link RgbImage}, channel by channel.
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

    /**
     * {@code image} blurred by a Gaussian of {@code sigma} pixels in each channel, cut off at 2.5
     * sigma from the centre: a photo taken with the lens a little out of focus.
     */
    public static RgbImage blur(RgbImage image, double sigma) {
        int w = image.width();
        int h = image.height();
        byte[] rgb = image.toRgbBytes();
        for (int ch = 0; ch < 3; ch++) {
            float[] channel = new float[w * h];
            for (int i = 0; i < channel.length; i++) {
                channel[i] = rgb[3 * i + ch] & 0xff;
            }
            float[] smooth = blur(channel, w, h, sigma, (int) Math.ceil(2.5 * sigma));
            for (int i = 0; i < channel.length; i++) {
                rgb[3 * i + ch] = (byte) Math.max(0, Math.min(255, Math.round(smooth[i])));
            }
        }
        return RgbImage.of(w, h, rgb);
    }
}
