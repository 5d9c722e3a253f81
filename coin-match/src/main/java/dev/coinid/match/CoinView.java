package dev.coinid.match;

import dev.coinid.image.CoinEllipse;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.RgbImage;
import dev.coinid.image.TiltedCoinLocator;

/**
 * Turns any photo of one coin into the view an index compares: the coin found wherever it lies,
 * square on or tilted ({@link TiltedCoinLocator#forTwoEuroCoins()}: its rim a circle or an
 * ellipse), cut out as a disc at a fixed radius, and described ({@link PolarGradientHistogram}).
 * Thread-safe.
 *
 * <p>The system property {@value #RECTIFY_TILT} set to {@code false} turns tilt correction off,
 * so that every rim is taken for the circle {@link CoinLocator#forTwoEuroCoins()} finds: a switch
 * for measuring what the correction does, read at every photo.
 */
final class CoinView {

    /** The coin's radius in the cut-out, in pixels. */
    static final int RADIUS = 160;
    /** The cut-out's side: the coin's diameter. */
    static final int SIZE = 2 * RADIUS;
    /** The system property that turns tilt correction off when {@code false}. */
    static final String RECTIFY_TILT = "coinid.rectifyTilt";

    private final CoinLocator circles = CoinLocator.forTwoEuroCoins();
    private final TiltedCoinLocator rims = TiltedCoinLocator.forTwoEuroCoins();
    private final PolarGradientHistogram histogram = new PolarGradientHistogram(SIZE, RADIUS);

    /** The description of the coin that {@code photo} shows. */
    float[] describe(RgbImage photo) {
        boolean rectify = !"false".equals(System.getProperty(RECTIFY_TILT));
        CoinEllipse rim = rectify ? rims.locate(photo) : CoinEllipse.circle(circles.locate(photo));
        RgbImage coin = TiltedCoinLocator.cutOut(photo, rim, SIZE, CoinLocator.OUTSIDE_GREY);
        return histogram.describe(coin);
    }
}
