package dev.coinid.research;

import dev.coinid.image.ImageResizer;
import dev.coinid.image.RgbImage;

/**
 * Shrinks the photos the tilt and stage evaluations tilt, so that their longest side is at most a
 * given number of pixels and tilting them costs little; a smaller photo is kept as it is.
 */
final class LongestSide {

    private LongestSide() {
    }

    /** {@code photo} resized so that its longest side is at most {@code pixels}, aspect kept. */
    static RgbImage atMost(int pixels, RgbImage photo) {
        double scale = (double) pixels / Math.max(photo.width(), photo.height());
        if (scale >= 1) {
            return photo;
        }
        return ImageResizer.resize(photo, (int) Math.round(photo.width() * scale), (int) Math.round(photo.height() * scale));
    }
}
