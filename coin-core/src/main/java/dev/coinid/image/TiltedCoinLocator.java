package dev.coinid.image;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Finds the rim of a 2-euro coin that may be photographed at a slant, where it is an ellipse, and
 * cuts the coin out as a disc again, so that a tilted coin is described as a flat one would be.
 *
 * <p>It looks in three steps. First, a coarse search: the circle {@link CoinLocator} finds, and
 * the circles it finds in copies of the picture stretched along eight directions (every 22.5
 * degrees) by two factors (1/0.85 and 1/0.7: tilts of about 30 and 45 degrees), each mapped
 * back to an ellipse of the picture; the one along which the picture's edges are strongest, rim
 * and core boundary together, is kept. Second, along 180 rays of that ellipse, the strongest edge
 * near the rim is taken as a rim point (rays that run out of the picture give none), and
 * {@link EllipseFit} fits an ellipse through those points, leaving out the strays; this is done
 * three times, each time closer in. Third, the ellipse counts only where it is clearly one, its
 * shorter axis under {@value #MAX_AXIS_RATIO} of its longer.
 *
 * <p>{@link #rims} answers every rim found, the circle first, for a caller that tells them apart
 * by what it sees inside each (the design index does); {@link #locate} answers one, the ellipse
 * where it is better supported by the picture's edges than the circle by {@value #SUPPORT_GAIN}
 * times, else the circle, so that a coin photographed square on is cut out exactly as
 * {@link CoinLocator} would. The cut-out ({@link #cutOut}) maps the ellipse's axes onto a circle:
 * the affine view of the tilt, exact for a camera far from the coin; {@link CoinPerspective}
 * undoes a close-up's perspective too. Instances are immutable and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class TiltedCoinLocator {

    /** The longest side of the copy the coarse search runs on. */
    private static final int SEARCH_SIZE = 160;
    /** The longer semi-axis the coin gets in the copy the ellipse is fitted on, at most. */
    private static final int FIT_RADIUS = 150;
    private static final double[] SQUEEZES = {0.85, 0.7};
    private static final int DIRECTIONS = 8;
    private static final int RAYS = 180;
    /** A ray's strongest edge counts as a rim point from this fraction of the capping strength on. */
    private static final double EDGE_FLOOR = 0.3;
    static final double MAX_AXIS_RATIO = 0.97;
    static final double SUPPORT_GAIN = 1.1;

    private final CoinLocator circles;
    /** Where the core meets the ring, as a fraction of the rim's size. */
    private final double coreRatio;

    private TiltedCoinLocator(CoinLocator circles, double coreRatio) {
        this.circles = circles;
        this.coreRatio = coreRatio;
    }

    /**
     * The locator for photos of a 2-euro coin anywhere in the frame, square on or tilted up to
     * about 45 degrees in any direction: starts from {@link CoinLocator#forTwoEuroCoins()} and
     * scores ellipses by their rim and their core boundary at 0.728 of it.
     */
    public static TiltedCoinLocator forTwoEuroCoins() {
        return new TiltedCoinLocator(CoinLocator.forTwoEuroCoins(), 18.75 / 25.75);
    }

    /**
     * The coin's rim in {@code picture}'s coordinates: an ellipse where the coin is clearly seen
     * at a slant, else the circle of {@link CoinLocator#locate} (then {@link CoinEllipse#isCircle()}).
     */
    public CoinEllipse locate(RgbImage picture) {
        Rims rims = find(picture);
        return rims.ellipse().filter(ellipse -> rims.ellipseSupport() >= SUPPORT_GAIN * rims.circleSupport())
                .orElse(rims.circle());
    }

    /**
     * The rims the coin of {@code picture} may have, for a caller that chooses between them by
     * what it sees inside each (a design that matches): the circle of {@link CoinLocator#locate};
     * where the picture's edges follow one, the ellipse fitted to them, however its support
     * compares with the circle's; and the ellipse of the coarse search it was fitted from, which
     * is the better of the two where the fit is drawn off the rim (a coin cut by the picture's
     * edge, a rim that barely stands out from the table). Ellipses whose axes are nearly equal
     * are left out: the circle is their reading.
     */
    public List<CoinEllipse> rims(RgbImage picture) {
        Rims rims = find(picture);
        List<CoinEllipse> all = new ArrayList<>();
        all.add(rims.circle());
        rims.ellipse().ifPresent(all::add);
        if (rims.coarse().axisRatio() < MAX_AXIS_RATIO) {
            all.add(rims.coarse());
        }
        return all;
    }

    /**
     * What the search finds: the circle; the ellipse fitted where it is clearly one (its shorter
     * axis under {@value #MAX_AXIS_RATIO} of its longer); the support of each on the copy the
     * ellipse was fitted on; and the coarse search's best rim, circle or ellipse.
     */
    private record Rims(CoinEllipse circle, Optional<CoinEllipse> ellipse, double circleSupport, double ellipseSupport,
                        CoinEllipse coarse) {
    }

    private Rims find(RgbImage picture) {
        Objects.requireNonNull(picture, "picture");
        CoinEllipse circle = CoinEllipse.circle(circles.locate(picture));

        double searchScale = Math.min(1.0, (double) SEARCH_SIZE / Math.max(picture.width(), picture.height()));
        RgbImage small = ImageResizer.shrunk(picture, searchScale);
        ColourGradient coarse = ColourGradient.of(small, true);
        CoinEllipse best = circle.scaled(searchScale);
        double bestSupport = support(coarse, best);
        for (double squeeze : SQUEEZES) {
            for (int d = 0; d < DIRECTIONS; d++) {
                CoinEllipse candidate = locateStretched(small, squeeze, Math.PI * d / DIRECTIONS);
                double candidateSupport = support(coarse, candidate);
                if (candidateSupport > bestSupport) {
                    best = candidate;
                    bestSupport = candidateSupport;
                }
            }
        }

        double fitScale = Math.min(1.0, FIT_RADIUS * searchScale / best.semiMajor());
        RgbImage copy = ImageResizer.shrunk(picture, fitScale);
        ColourGradient fine = ColourGradient.of(copy, true);
        Optional<CoinEllipse> fitted = fitRim(fine, best.scaled(fitScale / searchScale), 0.15)
                .flatMap(first -> fitRim(fine, first, 0.1))
                .flatMap(second -> fitRim(fine, second, 0.06))
                .filter(ellipse -> ellipse.axisRatio() < MAX_AXIS_RATIO);
        double circleSupport = support(fine, circle.scaled(fitScale));
        double ellipseSupport = fitted.map(ellipse -> support(fine, ellipse)).orElse(0.0);
        return new Rims(circle, fitted.map(ellipse -> ellipse.scaled(1 / fitScale)), circleSupport, ellipseSupport,
                best.scaled(1 / searchScale));
    }

    /**
     * The circle {@link CoinLocator} finds in {@code picture} stretched by {@code 1/squeeze} along
     * {@code direction}, as the ellipse it is in {@code picture}.
     */
    private CoinEllipse locateStretched(RgbImage picture, double squeeze, double direction) {
        double dx = Math.cos(direction);
        double dy = Math.sin(direction);
        double grow = 1 / squeeze - 1;
        // the stretched picture's bounding box, from its corners
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double x = (corner & 1) * picture.width();
            double y = (corner >> 1) * picture.height();
            double along = grow * (x * dx + y * dy);
            minX = Math.min(minX, x + along * dx);
            maxX = Math.max(maxX, x + along * dx);
            minY = Math.min(minY, y + along * dy);
            maxY = Math.max(maxY, y + along * dy);
        }
        int w = (int) Math.ceil(maxX - minX);
        int h = (int) Math.ceil(maxY - minY);
        double shrink = squeeze - 1;
        byte[] rgb = new byte[3 * w * h];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                double x = minX + i + 0.5;
                double y = minY + j + 0.5;
                double along = shrink * (x * dx + y * dy);
                BilinearSampler.sampleInto(picture, x + along * dx, y + along * dy, CoinLocator.OUTSIDE_GREY,
                        rgb, 3 * (j * w + i));
            }
        }
        CoinOutline found = circles.locate(RgbImage.of(w, h, rgb));
        double x = minX + found.centerX();
        double y = minY + found.centerY();
        double along = shrink * (x * dx + y * dy);
        return CoinEllipse.withAxes(x + along * dx, y + along * dy, found.radius() * squeeze, found.radius(), direction);
    }

    /**
     * The ellipse fitted through the strongest edge on each of {@value #RAYS} rays of
     * {@code start}, looked for within {@code reach} of its size inwards and outwards; empty where
     * too few rays show an edge or the fit strays far from {@code start}.
     */
    private static Optional<CoinEllipse> fitRim(ColourGradient gradient, CoinEllipse start, double reach) {
        double[] xs = new double[RAYS];
        double[] ys = new double[RAYS];
        int n = 0;
        double step = 0.5 / start.semiMajor();
        for (int ray = 0; ray < RAYS; ray++) {
            double cos = Math.cos(2 * Math.PI * ray / RAYS);
            double sin = Math.sin(2 * Math.PI * ray / RAYS);
            double[] normal = start.normal(cos, sin);
            double strongest = EDGE_FLOOR * gradient.clip();
            double[] where = null;
            for (double fraction = 1 - reach; fraction <= 1 + reach; fraction += step) {
                double[] point = start.point(cos, sin, fraction);
                double strength = gradient.across(point[0], point[1], normal[0], normal[1], false);
                if (strength < 0) {
                    // the ray runs out of the picture: the rim may lie beyond, so no edge it shows is the rim
                    where = null;
                    break;
                }
                if (strength > strongest) {
                    strongest = strength;
                    where = point;
                }
            }
            if (where != null) {
                xs[n] = where[0];
                ys[n] = where[1];
                n++;
            }
        }
        if (n < RAYS / 2) {
            return Optional.empty();
        }
        return EllipseFit.through(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n))
                .filter(fit -> Math.hypot(fit.centerX() - start.centerX(), fit.centerY() - start.centerY())
                        < reach * start.semiMajor()
                        && Math.abs(fit.semiMajor() / start.semiMajor() - 1) < reach
                        && Math.abs(fit.semiMinor() / start.semiMinor() - 1) < 2 * reach);
    }

    /**
     * How well the picture's edges follow {@code ellipse} as a 2-euro coin's outline: the mean
     * capped edge strength across its rim plus across its core boundary, weighed by the square
     * root of its size as {@link CoinLocator} weighs circles.
     */
    private double support(ColourGradient gradient, CoinEllipse ellipse) {
        double rim = gradient.ellipseStrength(ellipse, 1);
        if (rim == 0) {
            return 0;
        }
        return (rim + gradient.ellipseStrength(ellipse, coreRatio)) * Math.sqrt(Math.sqrt(ellipse.semiMajor() * ellipse.semiMinor()));
    }

    /**
     * The coin inside {@code rim} as a disc filling a {@code size x size} square, everything
     * outside painted {@code fill} grey: the ellipse's longer axis and its shorter one both
     * stretched to the square's half side. A circle is cut out exactly as
     * {@link CoinLocator#cutOut} cuts it with no margin.
     */
    public static RgbImage cutOut(RgbImage picture, CoinEllipse rim, int size, int fill) {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(rim, "rim");
        if (rim.isCircle()) {
            return CoinLocator.cutOut(picture, rim.outline(), size, 0, fill);
        }
        return DiscCutOut.of(picture, rim.semiMajor(), (u, v) -> rim.point(u, v, 1), size, fill);
    }
}
