package dev.coinid.match;

import dev.coinid.image.CoinEllipse;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.RgbImage;
import dev.coinid.image.TiltedCoinLocator;

/**
 * Turns any photo of one coin into the view an index compares: the coin found wherever it lies,
 * cut out as a disc at a fixed radius, and described ({@link PolarGradientHistogram}). Square on
 * ({@link #squareOn()}), the rim is the circle {@link CoinLocator#forTwoEuroCoins()} finds, as in
 * catalog pictures; tilt-correcting ({@link #tiltCorrecting()}), it may be an ellipse
 * ({@link TiltedCoinLocator#forTwoEuroCoins()}), stretched back to a disc. Thread-safe.
 */
final class CoinView {

    /** The coin's radius in the cut-out, in pixels. */
    static final int RADIUS = 160;
    /** The cut-out's side: the coin's diameter. */
    static final int SIZE = 2 * RADIUS;

    private static final CoinLocator CIRCLES = CoinLocator.forTwoEuroCoins();
    /**
     * The shorter side a photo needs so that the smallest coin the view finds in it still spans
     * {@link #SIZE} pixels: a larger JPEG may be decoded at reduced scale down to it.
     */
    static final int NEEDED_SHORTER_SIDE = (int) Math.ceil(SIZE / CIRCLES.smallestDiameter());
    private static final TiltedCoinLocator RIMS = TiltedCoinLocator.forTwoEuroCoins();

    private final boolean correctsTilt;
    private final PolarGradientHistogram histogram = new PolarGradientHistogram(SIZE, RADIUS);

    private CoinView(boolean correctsTilt) {
        this.correctsTilt = correctsTilt;
    }

    /** The view of a coin seen square on: its rim a circle. */
    static CoinView squareOn() {
        return new CoinView(false);
    }

    /** The view of a coin seen square on or at a slant: its rim a circle or an ellipse. */
    static CoinView tiltCorrecting() {
        return new CoinView(true);
    }

    boolean correctsTilt() {
        return correctsTilt;
    }

    /** The description of the coin that {@code photo} shows. */
    float[] describe(RgbImage photo) {
        return see(photo).description();
    }

    /** The coin that {@code photo} shows, cut out, and its description. */
    Seen see(RgbImage photo) {
        CoinEllipse rim = correctsTilt ? RIMS.locate(photo) : CoinEllipse.circle(CIRCLES.locate(photo));
        RgbImage coin = TiltedCoinLocator.cutOut(photo, rim, SIZE, CoinLocator.OUTSIDE_GREY);
        return new Seen(coin, histogram.describe(coin));
    }

    /**
     * A photo's coin as an index sees it.
     *
     * @param coin the coin cut out as a disc of {@link #RADIUS}, {@link #SIZE} pixels square
     * @param description its description ({@link PolarGradientHistogram})
     */
    record Seen(RgbImage coin, float[] description) {
    }
}
