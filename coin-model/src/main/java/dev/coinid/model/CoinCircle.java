package dev.coinid.model;

import dev.coinid.image.CoinLocator;
import dev.coinid.image.RgbImage;

/**
 * The circle inscribed in a picture, where a centred coin lies: {@link Fit#COIN_CIRCLE} paints
 * everything outside it one neutral grey, so background colour and texture cannot be learnt.
 */
final class CoinCircle {

    /** The grey, in 0..255, painted outside the circle. */
    static final int OUTSIDE_GREY = CoinLocator.OUTSIDE_GREY;

    private CoinCircle() {
    }

    /** A copy of {@code image} with every pixel whose centre lies outside the inscribed circle painted grey. */
    static RgbImage maskOutside(RgbImage image) {
        int w = image.width();
        int h = image.height();
        double radius = Math.min(w, h) / 2.0;
        byte[] rgb = image.toRgbBytes();
        for (int y = 0; y < h; y++) {
            double dy = y + 0.5 - h / 2.0;
            for (int x = 0; x < w; x++) {
                double dx = x + 0.5 - w / 2.0;
                if (dx * dx + dy * dy > radius * radius) {
                    int i = 3 * (y * w + x);
                    rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) OUTSIDE_GREY;
                }
            }
        }
        return RgbImage.of(w, h, rgb);
    }
}
