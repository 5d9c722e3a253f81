package dev.coinid.match;

import dev.coinid.image.CoinEllipse;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinPerspective;
import dev.coinid.image.RgbImage;
import dev.coinid.image.TiltedCoinLocator;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns any photo of one coin into the view an index compares: the coin found wherever it lies,
 * cut out as a disc at a fixed radius, and described ({@link PolarGradientHistogram}). Square on
 * ({@link #squareOn()}), the rim is the circle {@link CoinLocator#forTwoEuroCoins()} finds, as in
 * catalog pictures; tilt-correcting ({@link #tiltCorrecting()}), it may also be an ellipse
 * ({@link TiltedCoinLocator#rims}), whose perspective is undone ({@link CoinPerspective}): the
 * photo is then seen several ways ({@link #sightings}) and the index keeps the one a design
 * matches best. Thread-safe.
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

    /**
     * How far a camera is assumed to be from a tilted coin, in coin radii: about 15 cm from a
     * 2-euro coin, a phone's close-up. A camera farther away draws less perspective, which the
     * cut-out then slightly overcorrects; docs/identification.md measures how little that costs.
     */
    static final double CAMERA_DISTANCE_IN_RADII = 12;

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

    /** The description of the coin that {@code photo} shows, its rim a circle. */
    float[] describe(RgbImage photo) {
        return see(photo).description();
    }

    /** The coin that {@code photo} shows, its rim the circle {@link CoinLocator} finds, cut out and described. */
    Seen see(RgbImage photo) {
        CoinEllipse circle = CoinEllipse.circle(CIRCLES.locate(photo));
        return seen(TiltedCoinLocator.cutOut(photo, circle, SIZE, CoinLocator.OUTSIDE_GREY));
    }

    /**
     * The ways the coin of {@code photo} may be seen, each cut out flat and described, for the
     * index to keep the one a design matches best. Square on: the circle's alone. Tilt-correcting:
     * the circle's, and where the rim may be an ellipse, the two perspective readings of it
     * ({@link CoinPerspective#fittedTo}: which half of the coin is the nearer) for a camera
     * {@value #CAMERA_DISTANCE_IN_RADII} coin radii away.
     */
    List<Seen> sightings(RgbImage photo) {
        if (!correctsTilt) {
            return List.of(see(photo));
        }
        List<CoinEllipse> rims = RIMS.rims(photo);
        List<Seen> seen = new ArrayList<>();
        seen.add(seen(TiltedCoinLocator.cutOut(photo, rims.get(0), SIZE, CoinLocator.OUTSIDE_GREY)));
        for (CoinEllipse rim : rims.subList(1, rims.size())) {
            for (CoinPerspective perspective : CoinPerspective.fittedTo(rim, CAMERA_DISTANCE_IN_RADII)) {
                seen.add(seen(perspective.cutOut(photo, SIZE, CoinLocator.OUTSIDE_GREY)));
            }
        }
        return seen;
    }

    private Seen seen(RgbImage coin) {
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
