package dev.coinid.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds every coin in a photo of several (a purse emptied on a table): circles, or ellipses where
 * the table was photographed at a slant, from {@value #DEFAULT_MIN_DIAMETER} of the photo's
 * shorter side across to all of it, up to {@value #DEFAULT_MAX_COINS} of them, touching each
 * other or cut by the frame's edge. {@link CoinLocator} and {@link TiltedCoinLocator} find the one
 * coin of a photo of one; this finds them all.
 *
 * <p>It looks in three steps:
 * <ol>
 *   <li><b>Votes for centres</b> (a Hough transform along the gradient), on a copy whose shorter
 *       side is {@value #WORKING_SHORT_SIDE} pixels: every edge point votes for the points that lie
 *       along its gradient, both ways, at every distance a coin's radius may have; the centre of a
 *       round rim gathers votes from all round it.</li>
 *   <li><b>A radius for each centre</b> that gathered many votes: for each distance, how much of
 *       the way round (64 sectors) the edges that point at the centre reach; the outermost
 *       distance nearly as well covered as the best is the rim (so that the core of a bimetallic
 *       coin, or the circle of stars of a 2-euro design, does not pass for the coin). A tilted
 *       rim covers a band of distances rather than one.</li>
 *   <li><b>The rim fitted and checked</b>, on a copy where the coin is at most
 *       {@value #FIT_RADIUS} pixels in radius: along {@value #RAYS} rays, the strongest edge near
 *       the rim is taken as a rim point and an ellipse is fitted through them ({@link EllipseFit},
 *       strays left out; a circle where the ellipse strays from the ring, as on the short arc of a
 *       coin cut by the frame), three times, closer each time; the rim is kept where edges lie on it
 *       along at least {@value #MIN_SUPPORT} of its visible length. Of two rims that claim one
 *       coin (one's centre inside the other), the better supported stays, but a rim around
 *       a smaller one with the same centre (a coin around its own core) replaces it.</li>
 * </ol>
 * Last, the coins of one table share one tilt: every rim is fitted again with the shape the
 * whole, well supported coins agree on (their median axis ratio and direction), which settles
 * the coins cut by the frame, whose visible arc says little of their shape. It is fitted from
 * where its search started, from its free fit and from its free fit grown by {@value #GROW}, and
 * the largest of these rims nearly as well supported as the best is kept: a coin ends at its
 * outermost rim, not at the core or the ring of stars a free fit may have settled on. A rim that
 * is nearly round (axes within 3%) is answered as a circle. The search runs on reduced copies of
 * the photo (its shorter side {@value #WORKING_SHORT_SIDE} pixels for the votes, at most twice
 * {@value #FITTING_SHORT_SIDE} for the fits). Instances are immutable and thread-safe.
 */
public final class CoinFinder {

    /** The smallest coin, by default, as a fraction of the photo's shorter side. */
    public static final double DEFAULT_MIN_DIAMETER = 0.05;
    /** How many coins a photo is searched for, by default, at most. */
    public static final int DEFAULT_MAX_COINS = 40;

    /** The shorter side of the copy centres are voted on. */
    static final int WORKING_SHORT_SIDE = 400;
    /**
     * The copy rims are fitted on (cut out around each coin and reduced further) is the photo
     * averaged down by the whole factor that leaves its shorter side at least this long.
     */
    private static final int FITTING_SHORT_SIDE = 1200;
    /** The radius a coin has, at most, where its rim is fitted. */
    static final int FIT_RADIUS = 64;
    static final int RAYS = 120;
    static final double MIN_SUPPORT = 0.6;

    private static final int MAX_CENTRES = 300;
    /** How much of a coin's rim must lie in the frame (a coin in a corner may show less than half). */
    static final double MIN_VISIBLE = 0.28;
    /** A ray's strongest edge is a rim point from this share of the capping strength on. */
    private static final double EDGE_FLOOR = 0.25;
    /** The support of a rim whose inner rings are details of its design, and of the rims that tell a table's tilt. */
    private static final double WELL_SUPPORTED = 0.8;
    /**
     * How far, as a share of the rays' reach, the centre of a fit of known shape (a circle, or the
     * table's) may lie from its start's: rim points found up to the reach away can place it further
     * off than that, as on a coin cut by the frame whose centre the votes put on the frame's edge. A
     * free ellipse, which strays further on a short arc, stays within the reach.
     */
    private static final double CENTRE_SHIFT = 1.5;
    /**
     * A rim is also fitted again from its free fit grown by this factor: where an inner ring of the
     * design (the core of a 2-euro coin, a circle of stars) drew the free fit, the rim lies outside.
     */
    private static final double GROW = 1.15;
    /**
     * Of a coin's refits, the largest whose support is at least this share of the best one's is
     * kept: a coin ends at its outermost rim.
     */
    private static final double NEAR_BEST = 0.9;
    /** How close to the fitted rim, as a share of its size, a ray's edge supports it. */
    private static final double ON_RIM = 0.05;

    private final double minDiameter;
    private final double maxDiameter;
    private final int maxCoins;

    private CoinFinder(double minDiameter, double maxDiameter, int maxCoins) {
        if (!(minDiameter > 0 && minDiameter <= maxDiameter && maxDiameter <= 1.5)) {
            throw new IllegalArgumentException("diameters must satisfy 0 < min <= max <= 1.5 (of the shorter side), was "
                    + minDiameter + ", " + maxDiameter);
        }
        if (maxCoins < 1) {
            throw new IllegalArgumentException("maxCoins must be at least 1, was " + maxCoins);
        }
        this.minDiameter = minDiameter;
        this.maxDiameter = maxDiameter;
        this.maxCoins = maxCoins;
    }

    /** The finder of coins from 5% of the photo's shorter side across to all of it, up to 40 of them. */
    public static CoinFinder defaults() {
        return new CoinFinder(DEFAULT_MIN_DIAMETER, 1.0, DEFAULT_MAX_COINS);
    }

    /** The same finder, looking for coins from {@code min} to {@code max} of the photo's shorter side across. */
    public CoinFinder withDiameters(double min, double max) {
        return new CoinFinder(min, max, maxCoins);
    }

    /** The same finder, answering at most {@code n} coins (the best supported). */
    public CoinFinder withMaxCoins(int n) {
        return new CoinFinder(minDiameter, maxDiameter, n);
    }

    /**
     * Every coin in {@code photo}, in reading order: rows from top to bottom (a coin joins the
     * row of the coin above it while its centre lies less than half that coin's radius lower),
     * each row from left to right. Empty when the photo shows no coin.
     */
    public List<FoundCoin> find(RgbImage photo) {
        Objects.requireNonNull(photo, "photo");
        // a large photo is first averaged down by a whole factor: one cheap pass over its pixels
        int factor = Math.min(photo.width(), photo.height()) / FITTING_SHORT_SIDE;
        RgbImage fitting = factor >= 2 ? ImageResizer.boxReduce(photo, factor, factor) : photo;
        RgbImage working = reduced(fitting, WORKING_SHORT_SIDE);
        double workingScale = (double) working.width() / photo.width();
        double fittingScale = (double) fitting.width() / photo.width();
        double shorter = Math.min(working.width(), working.height());
        int rMin = Math.max(4, (int) Math.floor(minDiameter * shorter / 2));
        int rMax = Math.max(rMin + 1, (int) Math.ceil(maxDiameter * shorter / 2));
        double smallest = 0.8 * minDiameter * Math.min(fitting.width(), fitting.height()) / 2;

        EdgePoints edges = EdgePoints.of(working);
        Pyramid pyramid = new Pyramid(fitting);
        List<Fit> fits = new ArrayList<>();
        for (int centre : edges.likelyCentres(rMin, rMax, MAX_CENTRES)) {
            int cx = centre % working.width();
            int cy = centre / working.width();
            for (CoinEllipse ring : edges.ringsAround(cx + 0.5, cy + 0.5, rMin, rMax)) {
                CoinEllipse start = ring.scaled(fittingScale / workingScale);
                // a ring inside a coin fitted already and well supported, no larger than it, is a detail of its
                // design (a loosely supported rim may be a false one, drawn by the rims of several coins)
                boolean detail = fits.stream().anyMatch(fit -> fit.coin().support() >= WELL_SUPPORTED
                        && fit.coin().rim().relativeRadius(start.centerX(), start.centerY()) < 0.7
                        && start.semiMajor() < 1.1 * fit.coin().radius());
                if (!detail) {
                    fitRim(pyramid, start, null).filter(found -> found.radius() >= smallest)
                            .ifPresent(found -> fits.add(new Fit(start, found)));
                }
            }
        }
        List<Fit> kept = oneRimPerCoin(fits);
        // every coin lies on the same table: fit each again with the shape the whole ones agree on
        Shape table = Shape.agreedBy(kept.stream().map(Fit::coin).toList());
        List<Fit> refitted = new ArrayList<>();
        for (Fit fit : kept) {
            // from where the search started, from the free fit, and from the free fit grown: the outermost rim wins
            List<FoundCoin> tries = Stream.of(fit.start(), fit.coin().rim(), grown(fit.coin().rim(), GROW))
                    .map(from -> fitRim(pyramid, from, table)).flatMap(Optional::stream).toList();
            double best = tries.stream().mapToDouble(FoundCoin::support).max().orElse(0);
            tries.stream().filter(found -> found.support() >= NEAR_BEST * best)
                    .max(Comparator.comparingDouble(FoundCoin::radius))
                    .ifPresent(found -> refitted.add(new Fit(fit.start(), found)));
        }
        List<FoundCoin> coins = oneRimPerCoin(refitted).stream().map(Fit::coin)
                .map(found -> new FoundCoin(found.rim().scaled(1 / fittingScale), found.partial(), found.support()))
                .toList();
        return readingOrder(coins.size() > maxCoins ? coins.subList(0, maxCoins) : coins);
    }

    /**
     * A picture and copies of it halved again and again, made as they are first asked for: the
     * rim of a coin is fitted on the copy where its radius is at most {@value #FIT_RADIUS} pixels.
     */
    private static final class Pyramid {

        private final List<RgbImage> levels = new ArrayList<>();

        Pyramid(RgbImage picture) {
            levels.add(picture);
        }

        /** The first level where a coin of {@code radius} at level 0 is at most {@value #FIT_RADIUS} pixels in radius. */
        int levelFor(double radius) {
            int level = 0;
            while (radius > FIT_RADIUS && Math.min(level(level).width(), level(level).height()) >= 32) {
                radius /= 2;
                level++;
            }
            return level;
        }

        RgbImage level(int level) {
            while (levels.size() <= level) {
                RgbImage last = levels.get(levels.size() - 1);
                levels.add(ImageResizer.resize(last, Math.max(8, last.width() / 2), Math.max(8, last.height() / 2)));
            }
            return levels.get(level);
        }
    }

    /** A rim fitted from where the search started it. */
    private record Fit(CoinEllipse start, FoundCoin coin) {
    }

    /**
     * The shape every coin on a tilted table shares: the shorter axis over the longer, and the
     * longer one's direction; {@code null} for no shape told (each rim fitted freely).
     */
    private record Shape(double ratio, double angle) {

        static final Shape ROUND = new Shape(1, 0);

        /**
         * The median shape of the whole, well supported coins; round where they are nearly round or
         * there are none.
         */
        static Shape agreedBy(List<FoundCoin> coins) {
            List<CoinEllipse> whole = coins.stream().filter(coin -> !coin.partial() && coin.support() >= WELL_SUPPORTED)
                    .map(FoundCoin::rim).toList();
            if (whole.isEmpty()) {
                return ROUND;
            }
            double[] ratios = whole.stream().mapToDouble(CoinEllipse::axisRatio).sorted().toArray();
            double ratio = ratios[ratios.length / 2];
            if (ratio > 0.96) {
                return ROUND;
            }
            // directions are axes (modulo pi): averaged as doubled angles, weighed by how tilted each coin is
            double c = 0;
            double s = 0;
            for (CoinEllipse rim : whole) {
                double weight = 1 - rim.axisRatio();
                c += weight * Math.cos(2 * rim.angle());
                s += weight * Math.sin(2 * rim.angle());
            }
            return new Shape(ratio, Math.atan2(s, c) / 2);
        }
    }

    /** {@code rim} grown by {@code factor} about its centre. */
    private static CoinEllipse grown(CoinEllipse rim, double factor) {
        return new CoinEllipse(rim.centerX(), rim.centerY(), factor * rim.semiMajor(), factor * rim.semiMinor(), rim.angle());
    }

    private static RgbImage reduced(RgbImage picture, int shortSide) {
        return ImageResizer.shrunk(picture, (double) shortSide / Math.min(picture.width(), picture.height()));
    }

    /**
     * The rim near {@code start} fitted on a cut-out of {@code picture} around it, reduced so the
     * coin is at most {@value #FIT_RADIUS} pixels in radius, freely or with the table's
     * {@code shape}; empty where it does not hold.
     */
    private static Optional<FoundCoin> fitRim(Pyramid pyramid, CoinEllipse start, Shape shape) {
        int level = pyramid.levelFor(start.semiMajor());
        RgbImage picture = pyramid.level(level);
        double factor = (double) picture.width() / pyramid.level(0).width();
        double half = 1.4 * start.semiMajor() * factor + 2;
        double cx = start.centerX() * factor;
        double cy = start.centerY() * factor;
        int x0 = Math.max(0, (int) Math.floor(cx - half));
        int y0 = Math.max(0, (int) Math.floor(cy - half));
        int x1 = Math.min(picture.width(), (int) Math.ceil(cx + half));
        int y1 = Math.min(picture.height(), (int) Math.ceil(cy + half));
        if (x1 - x0 < 8 || y1 - y0 < 8) {
            return Optional.empty();
        }
        ColourGradient gradient = ColourGradient.capped(picture.crop(x0, y0, x1 - x0, y1 - y0));
        double sx = factor;
        double sy = factor;
        CoinEllipse local = new CoinEllipse(cx - x0, cy - y0, start.semiMajor() * factor, start.semiMinor() * factor,
                start.angle());
        Optional<CoinEllipse> rim = Optional.of(local);
        for (double reach : new double[] {0.2, 0.1, 0.05}) {
            rim = rim.flatMap(r -> fitOnce(gradient, r, reach, shape));
        }
        if (rim.isEmpty()) {
            return Optional.empty();
        }
        CoinEllipse found = rim.get();
        if (found.axisRatio() > 0.97) {
            double radius = Math.sqrt(found.semiMajor() * found.semiMinor());
            found = new CoinEllipse(found.centerX(), found.centerY(), radius, radius, 0);
        }
        double[] seen = support(gradient, found);
        if (seen[1] < MIN_VISIBLE || seen[0] < MIN_SUPPORT) {
            return Optional.empty();
        }
        CoinEllipse onPicture = new CoinEllipse((found.centerX() + x0) / sx, (found.centerY() + y0) / sy,
                found.semiMajor() / sx, found.semiMinor() / sx, found.angle());
        boolean partial = seen[1] < 0.97;
        return Optional.of(new FoundCoin(onPicture, partial, Math.min(1, seen[0])));
    }

    /**
     * The ellipse through the strongest edge on each visible ray of {@code start}, looked for
     * within {@code reach} of its size inwards and outwards, of the table's {@code shape} where one
     * is told; empty where too few rays show an edge or the fit strays far from {@code start}.
     */
    private static Optional<CoinEllipse> fitOnce(ColourGradient gradient, CoinEllipse start, double reach, Shape shape) {
        double[] xs = new double[RAYS];
        double[] ys = new double[RAYS];
        int n = 0;
        int visible = 0;
        double step = 0.5 / start.semiMajor();
        for (int ray = 0; ray < RAYS; ray++) {
            double cos = Math.cos(2 * Math.PI * ray / RAYS);
            double sin = Math.sin(2 * Math.PI * ray / RAYS);
            double[] normal = start.normal(cos, sin);
            double[] onRim = start.point(cos, sin, 1);
            if (gradient.across(onRim[0], onRim[1], normal[0], normal[1], false) < 0) {
                continue;
            }
            visible++;
            // the strongest edge, the outermost of equals: edges are capped, and a rim capped over a few
            // pixels is where the coin ends, not where its edge begins
            double strongest = EDGE_FLOOR * gradient.clip();
            double[] where = null;
            for (double fraction = 1 - reach; fraction <= 1 + reach; fraction += step) {
                double[] point = start.point(cos, sin, fraction);
                double strength = alongNormal(gradient, point, normal);
                if (strength > EDGE_FLOOR * gradient.clip() && strength >= strongest) {
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
        if (visible < MIN_VISIBLE * RAYS || n < Math.max(EllipseFit.MIN_POINTS, 0.5 * visible)) {
            return Optional.empty();
        }
        double[] px = Arrays.copyOf(xs, n);
        double[] py = Arrays.copyOf(ys, n);
        if (shape != null) {
            return EllipseFit.withShape(px, py, shape.ratio(), shape.angle())
                    .filter(f -> near(f, start, CENTRE_SHIFT * reach, reach));
        }
        // a short arc (a coin cut by the frame) says little of the shape: where a free ellipse strays, a circle
        return EllipseFit.through(px, py).filter(f -> near(f, start, reach, reach))
                .or(() -> EllipseFit.withShape(px, py, Shape.ROUND.ratio(), Shape.ROUND.angle())
                        .filter(f -> near(f, start, CENTRE_SHIFT * reach, reach)));
    }

    /**
     * Whether {@code fit} lies near {@code start}: its centre less than {@code shift} of the start's
     * size away, its axes within {@code reach} of the start's (the shorter within twice that), and
     * not flatter than a coin seen at 60 degrees.
     */
    private static boolean near(CoinEllipse fit, CoinEllipse start, double shift, double reach) {
        return Math.hypot(fit.centerX() - start.centerX(), fit.centerY() - start.centerY()) < shift * start.semiMajor()
                && Math.abs(fit.semiMajor() / start.semiMajor() - 1) < reach
                && Math.abs(fit.semiMinor() / start.semiMinor() - 1) < 2 * reach
                && fit.axisRatio() > 0.5;
    }

    /**
     * The capped strength of the edge at {@code point} across the rim's {@code normal}, or 0 where
     * the edge runs more than about 27 degrees off the rim (a stroke crossing it, not the rim).
     */
    private static double alongNormal(ColourGradient gradient, double[] point, double[] normal) {
        double across = gradient.across(point[0], point[1], normal[0], normal[1], true);
        double along = gradient.across(point[0], point[1], -normal[1], normal[0], true);
        return along > 0.5 * across ? 0 : across;
    }

    /**
     * How well the picture's edges follow {@code rim}: the share of its visible rays whose
     * strongest edge lies within {@value #ON_RIM} of it, and the share of rays that are visible.
     */
    private static double[] support(ColourGradient gradient, CoinEllipse rim) {
        int visible = 0;
        int supported = 0;
        double step = 0.5 / rim.semiMajor();
        for (int ray = 0; ray < RAYS; ray++) {
            double cos = Math.cos(2 * Math.PI * (ray + 0.5) / RAYS);
            double sin = Math.sin(2 * Math.PI * (ray + 0.5) / RAYS);
            double[] normal = rim.normal(cos, sin);
            double[] onRim = rim.point(cos, sin, 1);
            if (gradient.across(onRim[0], onRim[1], normal[0], normal[1], false) < 0) {
                continue;
            }
            visible++;
            double floor = EDGE_FLOOR * gradient.clip();
            for (double fraction = 1 - ON_RIM; fraction <= 1 + ON_RIM; fraction += step) {
                double[] point = rim.point(cos, sin, fraction);
                if (alongNormal(gradient, point, normal) > floor) {
                    supported++;
                    break;
                }
            }
        }
        return new double[] {visible == 0 ? 0 : (double) supported / visible, (double) visible / RAYS};
    }

    /**
     * One rim per coin, best supported first: a rim whose centre lies inside one kept already, or
     * around whose centre it lies, is left out, unless it is a larger rim about the same centre
     * (the coin around its core), which then takes the smaller one's place.
     */
    private static List<Fit> oneRimPerCoin(List<Fit> found) {
        List<Fit> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingDouble((Fit f) -> -f.coin().support()).thenComparingDouble(f -> -f.coin().radius()));
        List<Fit> kept = new ArrayList<>();
        for (Fit candidate : sorted) {
            List<Fit> clashes = kept.stream().filter(other -> clash(candidate.coin(), other.coin())).toList();
            if (clashes.isEmpty()) {
                kept.add(candidate);
            } else if (clashes.stream().allMatch(inner -> surrounds(candidate.coin(), inner.coin()))
                    && candidate.coin().support() >= 0.85 * clashes.stream().mapToDouble(f -> f.coin().support()).max().orElse(0)) {
                kept.removeAll(clashes);
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingDouble((Fit f) -> -f.coin().support()));
        return kept;
    }

    private static boolean clash(FoundCoin a, FoundCoin b) {
        return a.rim().relativeRadius(b.centerX(), b.centerY()) < 0.8 || b.rim().relativeRadius(a.centerX(), a.centerY()) < 0.8;
    }

    /** Whether {@code outer} is a larger rim about nearly the same centre as {@code inner}. */
    private static boolean surrounds(FoundCoin outer, FoundCoin inner) {
        return outer.radius() > 1.1 * inner.radius()
                && Math.hypot(outer.centerX() - inner.centerX(), outer.centerY() - inner.centerY()) < 0.15 * outer.radius();
    }

    /**
     * The coins in reading order: sorted by their centre's height, a coin joins the current row
     * while its centre lies above the lower half of the row's first coin, each row read left to right.
     */
    static List<FoundCoin> readingOrder(List<FoundCoin> coins) {
        List<FoundCoin> byHeight = new ArrayList<>(coins);
        byHeight.sort(Comparator.comparingDouble(FoundCoin::centerY));
        List<FoundCoin> ordered = new ArrayList<>();
        int start = 0;
        while (start < byHeight.size()) {
            FoundCoin first = byHeight.get(start);
            int end = start + 1;
            while (end < byHeight.size() && byHeight.get(end).centerY() < first.centerY() + 0.5 * first.radius()) {
                end++;
            }
            List<FoundCoin> row = new ArrayList<>(byHeight.subList(start, end));
            row.sort(Comparator.comparingDouble(FoundCoin::centerX));
            ordered.addAll(row);
            start = end;
        }
        return List.copyOf(ordered);
    }
}
