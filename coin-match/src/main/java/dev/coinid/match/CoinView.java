package dev.coinid.match;

import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;

/**
 * Turns any photo of one coin into the view an index compares: the coin found wherever it lies
 * ({@link CoinLocator#forTwoEuroCoins()}), cut out at a fixed radius, and described
 * ({@link PolarGradientHistogram}). Thread-safe.
 */
final class CoinView {

    /** The coin's radius in the cut-out, in pixels. */
    static final int RADIUS = 160;
    /** The cut-out's side: the coin's diameter. */
    static final int SIZE = 2 * RADIUS;

    private final CoinLocator locator;
    private final PolarGradientHistogram histogram = new PolarGradientHistogram(SIZE, RADIUS);

    CoinView(CoinLocator locator) {
        this.locator = locator;
    }

    /** The description of the coin that {@code photo} shows. */
    float[] describe(RgbImage photo) {
        CoinOutline outline = locator.locate(photo);
        RgbImage coin = CoinLocator.cutOut(photo, outline, SIZE, 0, CoinLocator.OUTSIDE_GREY);
        return histogram.describe(coin);
    }
}
