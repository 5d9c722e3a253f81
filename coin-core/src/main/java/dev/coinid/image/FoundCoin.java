package dev.coinid.image;

import java.util.Objects;

/**
 * One coin {@link CoinFinder} found in a photo: the ellipse of its rim in the photo's pixel
 * coordinates (a circle where the coin is seen square on), whether the frame cuts it, and how well
 * the photo's edges follow that rim.
 *
 * @param rim the rim, in the photo's pixel coordinates
 * @param partial whether part of the rim lies beyond the photo's edge
 * @param support the fraction, 0..1, of the rim's visible points where the photo has an edge on it
 */
public record FoundCoin(CoinEllipse rim, boolean partial, double support) {

    public FoundCoin {
        Objects.requireNonNull(rim, "rim");
        if (!(support >= 0 && support <= 1)) {
            throw new IllegalArgumentException("support must lie in 0..1, was " + support);
        }
    }

    /** The centre's x coordinate, in pixels. */
    public double centerX() {
        return rim.centerX();
    }

    /** The centre's y coordinate, in pixels. */
    public double centerY() {
        return rim.centerY();
    }

    /** The coin's radius as a square-on view would show it: the rim's longer semi-axis, in pixels. */
    public double radius() {
        return rim.semiMajor();
    }
}
