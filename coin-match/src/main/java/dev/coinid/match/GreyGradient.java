package dev.coinid.match;

import dev.coinid.image.GaussianBlur;
import dev.coinid.image.RgbImage;

/** The grey-level image of a picture, smoothed, and its Sobel gradient: the first steps of describing a coin. */
final class GreyGradient {

    private GreyGradient() {
    }

    /** BT.601 luminance of {@code image}, smoothed by a Gaussian of {@code sigma} pixels (edges repeated). */
    static float[] smoothedLuminance(RgbImage image, double sigma) {
        int w = image.width();
        int h = image.height();
        byte[] rgb = image.toRgbBytes();
        float[] grey = new float[w * h];
        for (int i = 0; i < w * h; i++) {
            grey[i] = 0.299f * (rgb[3 * i] & 0xff) + 0.587f * (rgb[3 * i + 1] & 0xff) + 0.114f * (rgb[3 * i + 2] & 0xff);
        }
        return GaussianBlur.blur(grey, w, h, sigma, (int) Math.ceil(3 * sigma));
    }

    /** The 3x3 Sobel gradient of a {@code w x h} grey image into {@code gx} and {@code gy} (edges repeated). */
    static void sobel(float[] grey, int w, int h, float[] gx, float[] gy) {
        for (int y = 0; y < h; y++) {
            int up = Math.max(0, y - 1) * w;
            int mid = y * w;
            int down = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) {
                int l = Math.max(0, x - 1);
                int r = Math.min(w - 1, x + 1);
                gx[mid + x] = (grey[up + r] + 2 * grey[mid + r] + grey[down + r])
                        - (grey[up + l] + 2 * grey[mid + l] + grey[down + l]);
                gy[mid + x] = (grey[down + l] + 2 * grey[down + x] + grey[down + r])
                        - (grey[up + l] + 2 * grey[up + x] + grey[up + r]);
            }
        }
    }
}
