package dev.coinid.match;

import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.GaussianBlur;
import dev.coinid.image.internal.Luminance;

/** The grey-level image of a picture, smoothed: the first step of describing a coin. */
final class GreyGradient {

    private GreyGradient() {
    }

    /** BT.601 luminance of {@code image}, smoothed by a Gaussian of {@code sigma} pixels (edges repeated). */
    static float[] smoothedLuminance(RgbImage image, double sigma) {
        int w = image.width();
        int h = image.height();
        float[] grey = Luminance.of(image);
        return GaussianBlur.blur(grey, w, h, sigma, (int) Math.ceil(3 * sigma));
    }
}
