package dev.coinid.augment;

/**
 * A 2x3 affine matrix in pixel coordinates that maps an <em>output</em> pixel (x, y) to the
 * point of the <em>source</em> picture it is sampled from (an inverse, "pull" mapping, as
 * {@code scipy.ndimage.affine_transform} uses it):
 * <pre>
 *   sourceX = m00 * x + m01 * y + m02
 *   sourceY = m10 * x + m11 * y + m12
 * </pre>
 * x grows to the right and y downwards; pixel centres sit on whole numbers.
 */
public record AffineMatrix(double m00, double m01, double m02, double m10, double m11, double m12) {

    private static final double SNAP = 1e-12;

    /**
     * The matrix of Keras' {@code apply_affine_transform}: {@code R(theta) * T(tx, ty) * Shear *
     * Zoom}, centred on the picture's centre ((width - 1) / 2, (height - 1) / 2). Keras centres
     * x on (height - 1) / 2 instead, which agrees for the square pictures it is used with.
     * Entries within 1e-12 of a whole number are rounded to it (and -0 to 0), so that quarter
     * turns sample exactly on pixel centres and equal transforms give equal matrices.
     */
    public static AffineMatrix of(Transform t, int width, int height) {
        double theta = Math.toRadians(t.rotationDeg());
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        double shear = Math.toRadians(t.shearDeg());
        // Shear * Zoom = [[zx, -sin(shear) * zy], [0, cos(shear) * zy]]
        double a00 = t.zx();
        double a01 = -Math.sin(shear) * t.zy();
        double a11 = Math.cos(shear) * t.zy();
        // R * (Shear * Zoom)
        double m00 = cos * a00;
        double m01 = cos * a01 - sin * a11;
        double m10 = sin * a00;
        double m11 = sin * a01 + cos * a11;
        // the translation goes through R only: R * (tx, ty)
        double bx = cos * t.tx() - sin * t.ty();
        double by = sin * t.tx() + cos * t.ty();
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        m00 = snap(m00);
        m01 = snap(m01);
        m10 = snap(m10);
        m11 = snap(m11);
        double m02 = snap(cx + bx - (m00 * cx + m01 * cy));
        double m12 = snap(cy + by - (m10 * cx + m11 * cy));
        return new AffineMatrix(m00, m01, m02, m10, m11, m12);
    }

    /** The matrix that samples every pixel from itself. */
    public static AffineMatrix identity() {
        return new AffineMatrix(1, 0, 0, 0, 1, 0);
    }

    /** The determinant of the linear part: positive for every transform that does not mirror. */
    public double determinant() {
        return m00 * m11 - m01 * m10;
    }

    /** True when every pixel is sampled from itself. */
    public boolean isIdentity() {
        return m00 == 1 && m01 == 0 && m02 == 0 && m10 == 0 && m11 == 1 && m12 == 0;
    }

    /** The source x coordinate that output pixel (x, y) is sampled from (the augmenter inlines it; tests use it). */
    double sourceX(double x, double y) {
        return m00 * x + m01 * y + m02;
    }

    /** The source y coordinate that output pixel (x, y) is sampled from (the augmenter inlines it; tests use it). */
    double sourceY(double x, double y) {
        return m10 * x + m11 * y + m12;
    }

    private static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < SNAP * Math.max(1, Math.abs(v)) ? r + 0.0 : v; // + 0.0 turns -0.0 into 0.0
    }
}
