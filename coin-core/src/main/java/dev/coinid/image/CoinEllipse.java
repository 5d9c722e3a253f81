package dev.coinid.image;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;

/**
 * Where a coin seen at a slant lies in a picture: the ellipse of its rim, in the picture's pixel
 * coordinates (x to the right, y down). A coin photographed square on is the special case of equal
 * axes, {@link #circle(CoinOutline)}.
 *
 * @param centerX the centre's x coordinate
 * @param centerY the centre's y coordinate
 * @param semiMajor half the longer axis, in pixels: the coin's radius as a square-on view would show it
 * @param semiMinor half the shorter axis, in pixels, at most {@code semiMajor}
 * @param angle the direction of the longer axis, in radians from the x axis towards y, in [0, pi)
 */
public record CoinEllipse(double centerX, double centerY, double semiMajor, double semiMinor, double angle) {

    public CoinEllipse {
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY) || !Double.isFinite(angle)) {
            throw new IllegalArgumentException("centre and angle must be finite, was (" + centerX + ", " + centerY
                    + "), " + angle);
        }
        if (!(semiMinor > 0) || !(semiMajor >= semiMinor) || !Double.isFinite(semiMajor)) {
            throw new IllegalArgumentException("axes must be positive, the major one the longer, was "
                    + semiMajor + ", " + semiMinor);
        }
        angle = angle - Math.PI * Math.floor(angle / Math.PI);
        if (angle >= Math.PI) {
            angle = 0; // what rounding leaves of a hair under pi
        }
    }

    /** This ellipse as a Java 2D shape in the picture's coordinates: to draw its outline or fill it. */
    public Shape shape() {
        AffineTransform placed = AffineTransform.getTranslateInstance(centerX, centerY);
        placed.rotate(angle);
        return placed.createTransformedShape(new Ellipse2D.Double(-semiMajor, -semiMinor, 2 * semiMajor, 2 * semiMinor));
    }

    /** The circle {@code outline} as an ellipse with equal axes along x. */
    public static CoinEllipse circle(CoinOutline outline) {
        return new CoinEllipse(outline.centerX(), outline.centerY(), outline.radius(), outline.radius(), 0);
    }

    /**
     * The ellipse with axes {@code first} along {@code angle} and {@code second} across it, in
     * either order of length.
     */
    public static CoinEllipse withAxes(double centerX, double centerY, double first, double second, double angle) {
        return first >= second ? new CoinEllipse(centerX, centerY, first, second, angle)
                : new CoinEllipse(centerX, centerY, second, first, angle + Math.PI / 2);
    }

    /** The shorter axis over the longer: 1 for a coin seen square on, the cosine of the tilt for one seen from afar. */
    public double axisRatio() {
        return semiMinor / semiMajor;
    }

    /** Whether both axes are the same length: a coin seen square on. */
    public boolean isCircle() {
        return semiMajor == semiMinor;
    }

    /** The circle this ellipse is when its axes are equal, else the circle of its longer axis. */
    public CoinOutline outline() {
        return new CoinOutline(centerX, centerY, semiMajor);
    }

    /** This ellipse with every coordinate multiplied by {@code factor}: the same coin in a resized picture. */
    public CoinEllipse scaled(double factor) {
        return new CoinEllipse(centerX * factor, centerY * factor, semiMajor * factor, semiMinor * factor, angle);
    }

    /**
     * The point of this ellipse shrunk to {@code fraction} of its size about its centre, at the
     * parameter whose cosine and sine are {@code cos} and {@code sin} (the point at that angle of
     * the square-on coin), as {@code {x, y}}.
     */
    double[] point(double cos, double sin, double fraction) {
        double u = fraction * semiMajor * cos;
        double v = fraction * semiMinor * sin;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[] {centerX + u * c - v * s, centerY + u * s + v * c};
    }

    /** The unit outward normal of the outline at the parameter of {@link #point}, as {@code {x, y}}. */
    double[] normal(double cos, double sin) {
        double u = cos / semiMajor;
        double v = sin / semiMinor;
        double length = Math.hypot(u, v);
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[] {(u * c - v * s) / length, (u * s + v * c) / length};
    }

    /**
     * How far out {@code (x, y)} lies in units of this ellipse: 1 on the outline, 0 at the centre,
     * the fraction the ellipse would have to be shrunk or grown to about its centre to pass through it.
     */
    public double relativeRadius(double x, double y) {
        double dx = x - centerX;
        double dy = y - centerY;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double u = (dx * c + dy * s) / semiMajor;
        double v = (-dx * s + dy * c) / semiMinor;
        return Math.hypot(u, v);
    }
}
