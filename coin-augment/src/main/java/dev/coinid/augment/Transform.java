package dev.coinid.augment;

/**
 * One concrete augmentation with explicit parameters: what {@link Augmentation} draws at random
 * for an image, and what {@link AffineAugmenter} applies.
 *
 * <p>The geometric parameters are exactly the arguments of Keras'
 * {@code apply_affine_transform(x, theta, tx, ty, shear, zx, zy)} (current Keras, which reads
 * its matrix in x, y order), so the same numbers give the same picture:
 * <ul>
 *   <li>{@code rotationDeg}: the picture turns counter-clockwise as seen on screen by this
 *       many degrees;</li>
 *   <li>{@code tx}, {@code ty}: in pixels; output pixel (x, y) reads the source at
 *       (x + tx, y + ty), so a positive {@code tx} moves the content <em>left</em> and a positive
 *       {@code ty} moves it <em>up</em>;</li>
 *   <li>{@code shearDeg}: shear angle in degrees, strictly between -90 and 90;</li>
 *   <li>{@code zx}, {@code zy}: zoom factors of the sampling grid, so values below 1 magnify
 *       (0.5 shows the centre twice as large) and values above 1 shrink;</li>
 * </ul>
 * and the colour parameters act, in this order, on pixel values in 0..255:
 * <ul>
 *   <li>{@code channelShift}: added to every channel, the result clipped to the picture's own
 *       minimum and maximum (Keras' {@code apply_channel_shift});</li>
 *   <li>{@code brightness}: multiplies every value, clipped to 0..255;</li>
 *   <li>{@code redGain}, {@code greenGain}, {@code blueGain}: multiply one channel each, clipped
 *       to 0..255 (a white-balance error);</li>
 *   <li>{@code saturation}: 1 keeps colours, 0 turns the picture gray (ITU-R 601 luma, as PIL's
 *       {@code ImageEnhance.Color}), above 1 makes colours stronger; clipped to 0..255;</li>
 *   <li>{@code gamma}: each value v becomes {@code 255 (v / 255)^gamma}: above 1 darkens the
 *       mid-tones and deepens shadows (a hard, dim light), below 1 lifts them;</li>
 *   <li>{@code shadowDepth}, {@code shadowAngle}, {@code shadowOffset}: for a picture unwrapped
 *       into polar coordinates (columns are angles, rows radii from the centre to the rim), a
 *       shadow with a soft edge straight across the coin: the side beyond the line at
 *       {@code shadowOffset} rim radii from the centre along the direction {@code shadowAngle}
 *       (radians, the angle of column 0 being 0) is darkened by the factor
 *       {@code 1 - shadowDepth}, over an edge a tenth of the radius wide; applied with the
 *       brightness, before the gains;</li>
 *   <li>{@code noise}: where above 0, Gaussian noise of this standard deviation (0..255 units),
 *       drawn independently for every value from {@code noiseSeed}, is added and every value is
 *       rounded to a whole 8-bit step and clipped: a dark or dim photo's sensor noise and coarse
 *       steps, which standardisation inside the network brings up to full contrast.</li>
 * </ul>
 * and, for a picture unwrapped into polar coordinates, before the colour parameters:
 * <ul>
 *   <li>{@code centreShift}, {@code centreShiftAngle}, {@code rimScale}: the picture unwrapped
 *       anew about a centre {@code centreShift} rim radii from the coin's in the direction
 *       {@code centreShiftAngle} (radians, the angle of column 0 being 0), out to
 *       {@code rimScale} rim radii, as if the coin's circle had been found there: what a locator
 *       misled by the light or the table does. Rings beyond the rim repeat the rim's.</li>
 * </ul>
 * There is no flip: see {@link Augmentation}.
 */
public record Transform(double rotationDeg, double tx, double ty, double shearDeg, double zx, double zy,
                        double brightness, double channelShift,
                        double redGain, double greenGain, double blueGain, double saturation, double gamma,
                        double noise, long noiseSeed, double shadowDepth, double shadowAngle, double shadowOffset,
                        double centreShift, double centreShiftAngle, double rimScale) {

    private static final Transform IDENTITY = new Transform(0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1);

    public Transform {
        requireFinite("rotationDeg", rotationDeg);
        requireFinite("tx", tx);
        requireFinite("ty", ty);
        requireFinite("channelShift", channelShift);
        if (!(Math.abs(shearDeg) < 90)) {
            throw new IllegalArgumentException("shearDeg must lie strictly between -90 and 90, was " + shearDeg);
        }
        requirePositive("zx", zx);
        requirePositive("zy", zy);
        requireNonNegative("brightness", brightness);
        requireNonNegative("redGain", redGain);
        requireNonNegative("greenGain", greenGain);
        requireNonNegative("blueGain", blueGain);
        requireNonNegative("saturation", saturation);
        requirePositive("gamma", gamma);
        requireNonNegative("noise", noise);
        requireFinite("shadowAngle", shadowAngle);
        requireFinite("shadowOffset", shadowOffset);
        if (!(shadowDepth >= 0 && shadowDepth <= 1)) {
            throw new IllegalArgumentException("shadowDepth must lie between 0 and 1, was " + shadowDepth);
        }
        if (!(centreShift >= 0 && centreShift < 1)) {
            throw new IllegalArgumentException("centreShift must lie from 0 to below 1 rim radius, was " + centreShift);
        }
        requireFinite("centreShiftAngle", centreShiftAngle);
        requirePositive("rimScale", rimScale);
    }

    /** A transform without noise or polar shadow: the geometric and colour parameters alone. */
    public Transform(double rotationDeg, double tx, double ty, double shearDeg, double zx, double zy,
                     double brightness, double channelShift,
                     double redGain, double greenGain, double blueGain, double saturation, double gamma) {
        this(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift, redGain, greenGain, blueGain, saturation,
                gamma, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    /** The transform that changes nothing; start here and add parameters with the {@code with...} methods. */
    public static Transform identity() {
        return IDENTITY;
    }

    /** This transform with the rotation set to {@code degrees} (counter-clockwise on screen). */
    public Transform withRotation(double degrees) {
        return new Transform(degrees, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, saturation, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with the shift set (Keras' tx, ty: positive values move the content left and up). */
    public Transform withShift(double tx, double ty) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, saturation, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with the shear angle set to {@code degrees}. */
    public Transform withShear(double degrees) {
        return new Transform(rotationDeg, tx, ty, degrees, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, saturation, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with the zoom factors set (below 1 magnifies). */
    public Transform withZoom(double zx, double zy) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, saturation, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with the brightness factor set. */
    public Transform withBrightness(double factor) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, factor, channelShift,
                redGain, greenGain, blueGain, saturation, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with the channel shift (0..255 units, added to all channels) set. */
    public Transform withChannelShift(double offset) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, offset,
                redGain, greenGain, blueGain, saturation, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with the per-channel gains set. */
    public Transform withColorGain(double red, double green, double blue) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                red, green, blue, saturation, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with the saturation factor set. */
    public Transform withSaturation(double factor) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, factor, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with the gamma set (1: unchanged). */
    public Transform withGamma(double newGamma) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, saturation, newGamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /** This transform with sensor noise of standard deviation {@code stdDev} (0..255 units) drawn from {@code seed}. */
    public Transform withNoise(double stdDev, long seed) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, saturation, gamma, stdDev, seed, shadowDepth, shadowAngle, shadowOffset,
                centreShift, centreShiftAngle, rimScale);
    }

    /**
     * This transform with a shadow across a polar picture: one side of the line {@code offset}
     * rim radii from the centre along the direction {@code angle} (radians) darkened by {@code depth}.
     */
    public Transform withPolarShadow(double depth, double angle, double offset) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, saturation, gamma, noise, noiseSeed, depth, angle, offset,
                centreShift, centreShiftAngle, rimScale);
    }

    /**
     * This transform with a polar picture unwrapped anew about a centre {@code shift} rim radii
     * away in the direction {@code angle} (radians, the angle of column 0 being 0), out to
     * {@code rimScale} times the rim: the picture the unwrap gives when the coin's circle was
     * found a little off.
     */
    public Transform withPolarRecentring(double shift, double angle, double rimScale) {
        return new Transform(rotationDeg, tx, ty, shearDeg, zx, zy, brightness, channelShift,
                redGain, greenGain, blueGain, saturation, gamma, noise, noiseSeed, shadowDepth, shadowAngle, shadowOffset,
                shift, angle, rimScale);
    }

    /** True when the polar picture is unwrapped about the centre and rim it was unwrapped about already. */
    public boolean isPolarIdentity() {
        return centreShift == 0 && rimScale == 1;
    }

    /** The sampling matrix of the geometric part for a {@code width x height} picture. */
    public AffineMatrix matrix(int width, int height) {
        return AffineMatrix.of(this, width, height);
    }

    /** True when the colour parameters change nothing. */
    public boolean isColorIdentity() {
        return brightness == 1 && channelShift == 0 && redGain == 1 && greenGain == 1 && blueGain == 1
                && saturation == 1 && gamma == 1 && noise == 0 && shadowDepth == 0;
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + value);
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number above 0, was " + value);
        }
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number of at least 0, was " + value);
        }
    }
}
