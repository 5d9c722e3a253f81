package dev.coinid.image;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How a pinhole camera close to a tilted coin sees it: where each point of the flat coin lands in
 * the picture. A close-up of a tilted coin is more than an ellipse's stretch: the nearer half is
 * drawn larger than the farther one and the coin's centre lies off the ellipse's centre, towards
 * the far side. {@link #fittedTo} finds the view whose rim is a given ellipse, for a camera a given
 * number of coin radii away; {@link #cutOut} undoes it.
 *
 * <p>The camera looks at the coin's centre from {@code distance} pixels (its focal length, in the
 * picture's pixels); the coin is turned by {@code tilt} about an axis through its centre that
 * runs along {@code axis} in the picture. Instances are immutable and thread-safe.
 *
 * @param centerX the x coordinate where the coin's centre is seen
 * @param centerY the y coordinate where the coin's centre is seen
 * @param radius the coin's radius, in pixels, as the camera would see it square on
 * @param tilt how far the coin is turned from square on, in radians, 0 to under pi/2
 * @param axis the direction, in radians from the x axis towards y, of the axis it is turned about;
 *             turning the other way is the axis plus pi
 * @param distance how far the camera is from the coin's centre, in pixels; infinite for the
 *                 affine view of a distant camera
 */
@API(status = INTERNAL, since = "0.1")
public record CoinPerspective(double centerX, double centerY, double radius, double tilt, double axis, double distance) {

    /** How many times the view is corrected towards the rim it must show. */
    private static final int ROUNDS = 4;
    /** How many points of the rim the view's ellipse is measured through. */
    private static final int RIM_POINTS = 72;

    public CoinPerspective {
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY) || !Double.isFinite(axis)
                || !(radius > 0) || !Double.isFinite(radius) || !(tilt >= 0 && tilt < Math.PI / 2)
                || !(distance > radius)) {
            throw new IllegalArgumentException("not a view of a coin: centre (" + centerX + ", " + centerY
                    + "), radius " + radius + ", tilt " + tilt + ", axis " + axis + ", distance " + distance);
        }
    }

    /**
     * The two views, from a camera {@code distanceInRadii} coin radii away, whose rim is
     * {@code rim}: the ellipse tells how far the coin is tilted and about which axis, but not which
     * of its halves across that axis is the nearer, so both are returned.
     */
    public static List<CoinPerspective> fittedTo(CoinEllipse rim, double distanceInRadii) {
        Objects.requireNonNull(rim, "rim");
        if (!(distanceInRadii > 1)) {
            throw new IllegalArgumentException("the camera must be farther than the coin's radius, was " + distanceInRadii);
        }
        return List.of(fittedTo(rim, distanceInRadii, rim.angle()), fittedTo(rim, distanceInRadii, rim.angle() + Math.PI));
    }

    /**
     * The view about {@code axis} whose rim is {@code rim}: starting from the affine reading (the
     * ellipse's centre, its longer semi-axis as the radius, the arc-cosine of its axis ratio as the
     * tilt), each round moves the centre, the radius and the tilt by what the view's own rim misses.
     */
    private static CoinPerspective fittedTo(CoinEllipse rim, double distanceInRadii, double axis) {
        double x = rim.centerX();
        double y = rim.centerY();
        double r = rim.semiMajor();
        double cosTilt = rim.axisRatio();
        CoinPerspective view = null;
        for (int round = 0; round <= ROUNDS; round++) {
            view = new CoinPerspective(x, y, r, Math.acos(Math.min(1, cosTilt)), axis, distanceInRadii * r);
            if (round == ROUNDS) {
                break;
            }
            CoinEllipse seen = view.rim();
            x += rim.centerX() - seen.centerX();
            y += rim.centerY() - seen.centerY();
            r *= rim.semiMajor() / seen.semiMajor();
            cosTilt *= rim.axisRatio() / seen.axisRatio();
        }
        return view;
    }

    /** The ellipse this view shows the coin's rim as. */
    public CoinEllipse rim() {
        double[] xs = new double[RIM_POINTS];
        double[] ys = new double[RIM_POINTS];
        Projection projection = new Projection(this);
        for (int i = 0; i < RIM_POINTS; i++) {
            double[] p = projection.at(Math.cos(2 * Math.PI * i / RIM_POINTS), Math.sin(2 * Math.PI * i / RIM_POINTS));
            xs[i] = p[0];
            ys[i] = p[1];
        }
        return EllipseFit.through(xs, ys).orElseThrow(() -> new IllegalStateException("no rim: " + this));
    }

    /**
     * Where the point {@code (u, v)} of the flat coin (in units of its radius from its centre, x to
     * the right and y down as the camera would see it square on) lands in the picture, as {@code {x, y}}.
     */
    public double[] point(double u, double v) {
        return new Projection(this).at(u, v);
    }

    /** The turn's terms of a view, worked out once for the many points of a cut-out. */
    private static final class Projection {
        private final CoinPerspective view;
        private final double xu;
        private final double xv;
        private final double yu;
        private final double yv;
        private final double zu;
        private final double zv;

        Projection(CoinPerspective view) {
            this.view = view;
            double ax = Math.cos(view.axis);
            double ay = Math.sin(view.axis);
            double c = Math.cos(view.tilt);
            double s = Math.sin(view.tilt);
            double k = 1 - c;
            // the turn about the axis (Rodrigues' formula), by the radius: z runs away from the
            // camera, which sits at distance in front of the coin's centre and projects onto the
            // plane through it
            xu = (c + ax * ax * k) * view.radius;
            xv = ax * ay * k * view.radius;
            yu = ax * ay * k * view.radius;
            yv = (c + ay * ay * k) * view.radius;
            zu = -ay * s * view.radius;
            zv = ax * s * view.radius;
        }

        double[] at(double u, double v) {
            double x = xu * u + xv * v;
            double y = yu * u + yv * v;
            double z = zu * u + zv * v;
            double perspective = Double.isInfinite(view.distance) ? 1 : view.distance / (z + view.distance);
            return new double[] {view.centerX + x * perspective, view.centerY + y * perspective};
        }
    }

    /**
     * The coin seen this way, flat again, as a disc filling a {@code size x size} square,
     * everything outside painted {@code fill} grey.
     */
    public RgbImage cutOut(RgbImage picture, int size, int fill) {
        return DiscCutOut.of(picture, radius, new Projection(this)::at, size, fill);
    }
}
