package dev.coinid.image;

/**
 * Where a coin lies in a picture: the circle of its rim, in the picture's pixel coordinates
 * (x to the right, y down, pixel centres at half-integers).
 *
 * @param centerX the centre's x coordinate
 * @param centerY the centre's y coordinate
 * @param radius the rim's radius in pixels
 */
public record CoinOutline(double centerX, double centerY, double radius) {

    public CoinOutline {
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("centre must be finite, was (" + centerX + ", " + centerY + ")");
        }
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("radius must be positive, was " + radius);
        }
    }

    /** The circle inscribed in a {@code width x height} picture: where a centred coin that fills it lies. */
    public static CoinOutline inscribed(int width, int height) {
        return new CoinOutline(width / 2.0, height / 2.0, Math.min(width, height) / 2.0);
    }

    /** This outline with every coordinate multiplied by {@code factor}: the same coin in a resized picture. */
    public CoinOutline scaled(double factor) {
        return new CoinOutline(centerX * factor, centerY * factor, radius * factor);
    }

    /** Whether the point {@code (x, y)} lies inside the rim. */
    public boolean contains(double x, double y) {
        double dx = x - centerX;
        double dy = y - centerY;
        return dx * dx + dy * dy <= radius * radius;
    }
}
