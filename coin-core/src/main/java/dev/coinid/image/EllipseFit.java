package dev.coinid.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ellipse through a set of edge points, by least squares, robust to a minority of stray
 * points: the conic {@code a x² + b xy + c y² + d x + e y + f = 0} with {@code a + c = 1} (a
 * constraint that no ellipse violates and that does not depend on how the points are turned) that
 * fits them best, refitted without the points that lie far off it until none do.
 *
 * <p>Points are first moved to their mean and scaled to unit spread, so the normal equations stay
 * well conditioned for any picture size.
 */
final class EllipseFit {

    /** How many times the fit is redone without its outliers. */
    private static final int ROUNDS = 4;
    /** A point is an outlier beyond this many times the median distance off the ellipse... */
    private static final double OUTLIER_MEDIANS = 2.5;
    /** ...or, with a very good fit, beyond this fraction of the ellipse's size. */
    private static final double OUTLIER_FLOOR = 0.01;
    /** The fewest points a fit is made of. */
    static final int MIN_POINTS = 12;

    private EllipseFit() {
    }

    /**
     * The ellipse that fits the points {@code (xs[i], ys[i])}, after dropping outliers; empty when
     * fewer than {@link #MIN_POINTS} points remain or they fit no ellipse (a line, a hyperbola).
     */
    static Optional<CoinEllipse> through(double[] xs, double[] ys) {
        boolean[] kept = new boolean[xs.length];
        Arrays.fill(kept, true);
        Optional<CoinEllipse> fit = Optional.empty();
        for (int round = 0; round < ROUNDS; round++) {
            fit = leastSquares(xs, ys, kept);
            if (fit.isEmpty()) {
                return fit;
            }
            double[] off = new double[xs.length];
            int n = 0;
            for (int i = 0; i < xs.length; i++) {
                if (kept[i]) {
                    off[n++] = Math.abs(fit.get().relativeRadius(xs[i], ys[i]) - 1);
                }
            }
            double[] sorted = Arrays.copyOf(off, n);
            Arrays.sort(sorted);
            double limit = Math.max(OUTLIER_FLOOR, OUTLIER_MEDIANS * sorted[n / 2]);
            boolean dropped = false;
            for (int i = 0; i < xs.length; i++) {
                if (kept[i] && Math.abs(fit.get().relativeRadius(xs[i], ys[i]) - 1) > limit) {
                    kept[i] = false;
                    dropped = true;
                }
            }
            if (!dropped) {
                break;
            }
        }
        return fit;
    }

    /**
     * The ellipse of a given shape, its shorter axis {@code ratio} of its longer and its longer
     * one along {@code angle}, that fits the points best, after dropping outliers: a circle
     * fitted (by the algebraic least squares of Kåsa) to the points stretched back along the
     * shorter axis. What is left of a coin's rim when the frame cuts most of it says little of its
     * shape; the other coins on the same table say it. Empty when fewer than
     * {@link #MIN_POINTS} points remain or they lie on a line.
     */
    static Optional<CoinEllipse> withShape(double[] xs, double[] ys, double ratio, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        int count = xs.length;
        double[] us = new double[count];
        double[] vs = new double[count];
        for (int i = 0; i < count; i++) {
            us[i] = xs[i] * c + ys[i] * s;
            vs[i] = (-xs[i] * s + ys[i] * c) / ratio;
        }
        boolean[] kept = new boolean[count];
        Arrays.fill(kept, true);
        double[] circle = null;
        for (int round = 0; round < ROUNDS; round++) {
            circle = circleThrough(us, vs, kept);
            if (circle == null) {
                return Optional.empty();
            }
            double[] off = new double[count];
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (kept[i]) {
                    off[n++] = Math.abs(Math.hypot(us[i] - circle[0], vs[i] - circle[1]) / circle[2] - 1);
                }
            }
            double[] sorted = Arrays.copyOf(off, n);
            Arrays.sort(sorted);
            double limit = Math.max(OUTLIER_FLOOR, OUTLIER_MEDIANS * sorted[n / 2]);
            boolean dropped = false;
            for (int i = 0; i < count; i++) {
                if (kept[i] && Math.abs(Math.hypot(us[i] - circle[0], vs[i] - circle[1]) / circle[2] - 1) > limit) {
                    kept[i] = false;
                    dropped = true;
                }
            }
            if (!dropped) {
                break;
            }
        }
        double u = circle[0];
        double v = circle[1] * ratio;
        double radius = circle[2];
        return Optional.of(new CoinEllipse(u * c - v * s, u * s + v * c, radius, radius * ratio, angle));
    }

    /** The mean {@code {x, y}} of the kept points and their count, or null when fewer than {@link #MIN_POINTS} are kept. */
    private static double[] keptMean(double[] xs, double[] ys, boolean[] kept) {
        int n = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < xs.length; i++) {
            if (kept[i]) {
                mx += xs[i];
                my += ys[i];
                n++;
            }
        }
        return n < MIN_POINTS ? null : new double[] {mx / n, my / n, n};
    }

    /** The circle {@code {x, y, r}} that fits the kept points by Kåsa's least squares, or null. */
    private static double[] circleThrough(double[] xs, double[] ys, boolean[] kept) {
        double[] mean = keptMean(xs, ys, kept);
        if (mean == null) {
            return null;
        }
        double mx = mean[0];
        double my = mean[1];
        // x² + y² + d x + e y + f = 0, about the mean
        double[][] normal = new double[3][4];
        for (int i = 0; i < xs.length; i++) {
            if (!kept[i]) {
                continue;
            }
            double x = xs[i] - mx;
            double y = ys[i] - my;
            double[] row = {x, y, 1, -(x * x + y * y)};
            for (int r = 0; r < 3; r++) {
                for (int col = 0; col < 4; col++) {
                    normal[r][col] += row[r] * row[col];
                }
            }
        }
        double[] solution = solve(normal);
        if (solution == null) {
            return null;
        }
        double cx = -solution[0] / 2;
        double cy = -solution[1] / 2;
        double r2 = cx * cx + cy * cy - solution[2];
        if (!(r2 > 0)) {
            return null;
        }
        return new double[] {cx + mx, cy + my, Math.sqrt(r2)};
    }

    /** The least-squares ellipse through the kept points, or empty. */
    private static Optional<CoinEllipse> leastSquares(double[] xs, double[] ys, boolean[] kept) {
        double[] mean = keptMean(xs, ys, kept);
        if (mean == null) {
            return Optional.empty();
        }
        double mx = mean[0];
        double my = mean[1];
        int n = (int) mean[2];
        double spread = 0;
        for (int i = 0; i < xs.length; i++) {
            if (kept[i]) {
                spread += (xs[i] - mx) * (xs[i] - mx) + (ys[i] - my) * (ys[i] - my);
            }
        }
        spread = Math.sqrt(spread / n);
        if (!(spread > 0)) {
            return Optional.empty();
        }
        // unknowns (a, b, d, e, f) of a (x² - y²) + b xy + d x + e y + f = -y², from c = 1 - a
        double[][] normal = new double[5][6];
        for (int i = 0; i < xs.length; i++) {
            if (!kept[i]) {
                continue;
            }
            double x = (xs[i] - mx) / spread;
            double y = (ys[i] - my) / spread;
            double[] row = {x * x - y * y, x * y, x, y, 1, -y * y};
            for (int r = 0; r < 5; r++) {
                for (int c = 0; c < 6; c++) {
                    normal[r][c] += row[r] * row[c];
                }
            }
        }
        double[] solution = solve(normal);
        if (solution == null) {
            return Optional.empty();
        }
        double x0 = mx;
        double y0 = my;
        double unit = spread;
        return ellipseOf(solution[0], solution[1], 1 - solution[0], solution[2], solution[3], solution[4])
                .map(e -> new CoinEllipse(x0 + unit * e.centerX(), y0 + unit * e.centerY(),
                        unit * e.semiMajor(), unit * e.semiMinor(), e.angle()));
    }

    /** The ellipse of the conic {@code a x² + b xy + c y² + d x + e y + f = 0}, or empty if it is none. */
    static Optional<CoinEllipse> ellipseOf(double a, double b, double c, double d, double e, double f) {
        double discriminant = b * b - 4 * a * c;
        if (!(discriminant < 0)) {
            return Optional.empty();
        }
        double x0 = (2 * c * d - b * e) / discriminant;
        double y0 = (2 * a * e - b * d) / discriminant;
        double atCentre = a * x0 * x0 + b * x0 * y0 + c * y0 * y0 + d * x0 + e * y0 + f;
        if (atCentre > 0) { // the same conic with the opposite sign: inside negative, the quadratic part positive
            a = -a;
            b = -b;
            c = -c;
            atCentre = -atCentre;
        }
        // eigenvalues of [[a, b/2], [b/2, c]]; the larger belongs to the shorter axis, at angle theta
        double mean = (a + c) / 2;
        double half = Math.hypot((a - c) / 2, b / 2);
        double larger = mean + half;
        double smaller = mean - half;
        if (!(smaller > 0) || !(atCentre < 0)) {
            return Optional.empty();
        }
        double theta = 0.5 * Math.atan2(b, a - c);
        double semiMinor = Math.sqrt(-atCentre / larger);
        double semiMajor = Math.sqrt(-atCentre / smaller);
        return Optional.of(new CoinEllipse(x0, y0, semiMajor, semiMinor, theta + Math.PI / 2));
    }

    /** The solution of the 5 linear equations {@code m[r][0..4] . x = m[r][5]}, or null if singular. */
    private static double[] solve(double[][] m) {
        int size = m.length;
        for (int col = 0; col < size; col++) {
            int pivot = col;
            for (int r = col + 1; r < size; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-12) {
                return null;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < size; r++) {
                if (r != col) {
                    double factor = m[r][col] / m[col][col];
                    for (int c = col; c <= size; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[size];
        for (int r = 0; r < size; r++) {
            x[r] = m[r][size] / m[r][r];
        }
        return x;
    }
}
