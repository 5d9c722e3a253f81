package dev.coinid.augment;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An immutable description of random augmentation with the meaning of Keras'
 * {@code ImageDataGenerator}: the same numbers give the same kind of transforms.
 *
 * <pre>{@code
 * Augmentation spec = Augmentation.builder()
 *         .rotationRange(30).zoomRange(0.2).widthShiftRange(0.1).heightShiftRange(0.1)
 *         .shearRange(0.1).brightnessRange(0.8, 1.2).rescale(1 / 255f)
 *         .fillMode(FillMode.NEAREST).build();
 * }</pre>
 *
 * <p><b>No flips, on purpose.</b> A coin's face has a handedness: its mirror image is a coin
 * that does not exist, and a model trained on mirrored coins learns to accept forgeries of
 * nothing. So there is no flip option, and every transform drawn here has a matrix with a
 * positive determinant (rotation, zoom and shears below 90 degrees never mirror).
 *
 * <p>Where this differs from Keras, knowingly:
 * <ul>
 *   <li>current Keras moves the picture <em>horizontally</em> by the drawn height shift and
 *       vertically by the width shift (it builds the matrix in row, column order, then swaps the
 *       axes); here {@code widthShiftRange} moves horizontally and {@code heightShiftRange}
 *       vertically, as the names say. For square pictures the two are the same distribution;</li>
 *   <li>shift ranges of 1 or more are pixels, drawn from a continuous range (Keras draws
 *       whole pixels for an {@code int} argument);</li>
 *   <li>brightness multiplies values and clips them; Keras goes through an 8-bit PIL image,
 *       which first stretches the picture to 0..255 and rounds;</li>
 *   <li>the default rescale is 1/255 (Keras: none), because coinid models take values in 0..1.</li>
 * </ul>
 * Keras' {@code shear_range} is in degrees (since keras-preprocessing 1.0.6), and so is this one:
 * the original experiment's {@code shear_range=0.1} is a tenth of a degree.
 *
 * <p>The colour options {@link Builder#channelShiftRange}, {@link Builder#colorGainRange} and
 * {@link Builder#saturationRange} are off unless set, so {@link #seedPreset()} stays exactly
 * Keras' transforms.
 */
public final class Augmentation {

    private static final Augmentation NONE = builder().build();
    private static final Augmentation SEED_PRESET = builder()
            .rotationRange(30)
            .shearRange(0.1)
            .zoomRange(0.2)
            .widthShiftRange(0.1)
            .heightShiftRange(0.1)
            .rescale(1 / 255f)
            .fillMode(FillMode.NEAREST)
            .build();

    private static final Augmentation POLAR_PRESET = builder()
            .widthShiftRange(0.5)
            .brightnessRange(0.7, 1.3)
            .colorGainRange(0.7, 1.4)
            .gammaRange(1 / 3.0, 3.0)
            .polarShadowRange(0, 0.6)
            .polarCentreShiftRange(0, 0.08)
            .polarRimScaleRange(0.95, 1.05)
            .fillMode(FillMode.WRAP)
            .rescale(1 / 255f)
            .build();

    /** How far from the centre, in rim radii, a polar shadow's edge may cross the coin. */
    private static final double MAX_SHADOW_OFFSET = 0.6;

    private final double rotationRange;
    private final double widthShiftRange;
    private final double heightShiftRange;
    private final double shearRange;
    private final ValueRange zoomRange;
    private final ValueRange brightnessRange;
    private final double channelShiftRange;
    private final ValueRange colorGainRange;
    private final ValueRange saturationRange;
    private final ValueRange gammaRange;
    private final ValueRange noiseRange;
    private final ValueRange polarShadowRange;
    private final ValueRange polarCentreShiftRange;
    private final ValueRange polarRimScaleRange;
    private final FillMode fillMode;
    private final float fillValue;
    private final float rescale;

    private Augmentation(Builder b) {
        this.rotationRange = b.rotationRange;
        this.widthShiftRange = b.widthShiftRange;
        this.heightShiftRange = b.heightShiftRange;
        this.shearRange = b.shearRange;
        this.zoomRange = b.zoomRange;
        this.brightnessRange = b.brightnessRange;
        this.channelShiftRange = b.channelShiftRange;
        this.colorGainRange = b.colorGainRange;
        this.saturationRange = b.saturationRange;
        this.gammaRange = b.gammaRange;
        this.noiseRange = b.noiseRange;
        this.polarShadowRange = b.polarShadowRange;
        this.polarCentreShiftRange = b.polarCentreShiftRange;
        this.polarRimScaleRange = b.polarRimScaleRange;
        this.fillMode = b.fillMode;
        this.fillValue = b.fillValue;
        this.rescale = b.rescale;
    }

    /** A builder with everything off, nearest fill and a rescale of 1/255. */
    public static Builder builder() {
        return new Builder();
    }

    /** No random transform; pixel values scaled by 1/255. For validation and inference. */
    public static Augmentation none() {
        return NONE;
    }

    /**
     * The original experiment's settings: Keras {@code ImageDataGenerator(rescale=1/255,
     * rotation_range=30, shear_range=0.1, zoom_range=0.2, width_shift_range=0.1,
     * height_shift_range=0.1)}, nearest fill, no flips.
     */
    public static Augmentation seedPreset() {
        return SEED_PRESET;
    }

    /**
     * The preset for coins unwrapped into polar coordinates (columns are angles, rows radii),
     * and coinid's default with them: a turn of the coin by any angle is a cyclic shift of the
     * columns, so width shift 0.5 with wrapping fill; brightness 0.7 to 1.3, white-balance gains
     * of 0.7 to 1.4 per channel (the network sees grey, but which channel a coin's relief and
     * metals show in changes with the light) and gamma 1/3 to 3 (soft daylight against a hard
     * lamp); a soft-edged shadow 0 to 60% deep straight across the coin
     * ({@link Builder#polarShadowRange}), so that a shadow's edge over the numeral is not read as
     * a stroke; and the coin unwrapped anew about a centre up to 8% of the radius off, out to 0.95
     * to 1.05 of the rim ({@link Builder#polarCentreShiftRange}, {@link Builder#polarRimScaleRange}),
     * as the coin locator finds it under another light or on another table. No height shift, zoom,
     * shear or rotation, which would move the centre row or the rim row as no unwrap does.
     * docs/classification.md says what each measured.
     */
    public static Augmentation polarPreset() {
        return POLAR_PRESET;
    }

    /** A builder holding this spec's settings, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rotationRange = rotationRange;
        b.widthShiftRange = widthShiftRange;
        b.heightShiftRange = heightShiftRange;
        b.shearRange = shearRange;
        b.zoomRange = zoomRange;
        b.brightnessRange = brightnessRange;
        b.channelShiftRange = channelShiftRange;
        b.colorGainRange = colorGainRange;
        b.saturationRange = saturationRange;
        b.gammaRange = gammaRange;
        b.noiseRange = noiseRange;
        b.polarShadowRange = polarShadowRange;
        b.polarCentreShiftRange = polarCentreShiftRange;
        b.polarRimScaleRange = polarRimScaleRange;
        b.fillMode = fillMode;
        b.fillValue = fillValue;
        b.rescale = rescale;
        return b;
    }

    /**
     * Draws one random transform for a {@code width x height} picture, as Keras'
     * {@code get_random_transform}. Every parameter is drawn, in a fixed order, even when its
     * range is off, so that switching one option on does not change the others' draws; the
     * noise, the polar shadow and the polar recentring, last, are drawn only when on, so that a spec
     * without them draws exactly the transforms it drew before the options existed.
     */
    public Transform randomTransform(RandomGenerator random, int width, int height) {
        Objects.requireNonNull(random, "random");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size must be positive, was " + width + "x" + height);
        }
        double theta = ValueRange.symmetric(rotationRange).draw(random);
        double tx = ValueRange.symmetric(shiftInPixels(widthShiftRange, width)).draw(random);
        double ty = ValueRange.symmetric(shiftInPixels(heightShiftRange, height)).draw(random);
        double shear = ValueRange.symmetric(shearRange).draw(random);
        double zx = zoomRange.draw(random);
        double zy = zoomRange.draw(random);
        double channelShift = ValueRange.symmetric(channelShiftRange).draw(random);
        double brightness = brightnessRange.draw(random);
        double red = colorGainRange.draw(random);
        double green = colorGainRange.draw(random);
        double blue = colorGainRange.draw(random);
        double saturation = saturationRange.draw(random);
        double gamma = gammaRange.draw(random);
        Transform drawn = new Transform(theta, tx, ty, shear, zx, zy, brightness, channelShift, red, green, blue,
                saturation, gamma);
        if (!noiseRange.equals(ValueRange.fixed(0))) {
            drawn = drawn.withNoise(noiseRange.draw(random), random.nextLong());
        }
        if (!polarShadowRange.equals(ValueRange.fixed(0))) {
            drawn = drawn.withPolarShadow(polarShadowRange.draw(random), random.nextDouble(0, 2 * Math.PI),
                    random.nextDouble(-MAX_SHADOW_OFFSET, MAX_SHADOW_OFFSET));
        }
        if (recentres()) {
            drawn = drawn.withPolarRecentring(polarCentreShiftRange.draw(random), random.nextDouble(0, 2 * Math.PI),
                    polarRimScaleRange.draw(random));
        }
        return drawn;
    }

    /** True when every drawn transform is the identity: only the rescale is applied. */
    public boolean isIdentity() {
        return rotationRange == 0 && widthShiftRange == 0 && heightShiftRange == 0 && shearRange == 0
                && zoomRange.equals(ValueRange.fixed(1)) && brightnessRange.equals(ValueRange.fixed(1))
                && channelShiftRange == 0 && colorGainRange.equals(ValueRange.fixed(1))
                && saturationRange.equals(ValueRange.fixed(1)) && gammaRange.equals(ValueRange.fixed(1))
                && noiseRange.equals(ValueRange.fixed(0)) && polarShadowRange.equals(ValueRange.fixed(0))
                && !recentres();
    }

    private boolean recentres() {
        return !polarCentreShiftRange.equals(ValueRange.fixed(0)) || !polarRimScaleRange.equals(ValueRange.fixed(1));
    }

    /** The largest rotation, in degrees either way. */
    public double rotationRange() {
        return rotationRange;
    }

    /** The largest horizontal shift: a fraction of the width when below 1, else pixels. */
    public double widthShiftRange() {
        return widthShiftRange;
    }

    /** The largest vertical shift: a fraction of the height when below 1, else pixels. */
    public double heightShiftRange() {
        return heightShiftRange;
    }

    /** The largest shear angle, in degrees either way. */
    public double shearRange() {
        return shearRange;
    }

    /** The range both zoom factors are drawn from, independently (below 1 magnifies). */
    public ValueRange zoomRange() {
        return zoomRange;
    }

    /** The range the brightness factor is drawn from ([1, 1]: off). */
    public ValueRange brightnessRange() {
        return brightnessRange;
    }

    /** The largest channel shift, in 0..255 units either way (0: off). */
    public double channelShiftRange() {
        return channelShiftRange;
    }

    /** The range each of the red, green and blue gains is drawn from ([1, 1]: off). */
    public ValueRange colorGainRange() {
        return colorGainRange;
    }

    /** The range the saturation factor is drawn from ([1, 1]: off). */
    public ValueRange saturationRange() {
        return saturationRange;
    }

    /** The range the gamma is drawn from ([1, 1]: off). */
    public ValueRange gammaRange() {
        return gammaRange;
    }

    /** The depth of a shadow across a polar picture (fixed 0: none). */
    public ValueRange polarShadowRange() {
        return polarShadowRange;
    }

    /** How far, in rim radii, a polar picture's centre is moved when it is unwrapped anew (fixed 0: never). */
    public ValueRange polarCentreShiftRange() {
        return polarCentreShiftRange;
    }

    /** The factor of the rim's radius a polar picture is unwrapped anew out to (fixed 1: the rim as found). */
    public ValueRange polarRimScaleRange() {
        return polarRimScaleRange;
    }

    /** The standard deviation of the sensor noise, in 0..255 units (fixed 0: none). */
    public ValueRange noiseRange() {
        return noiseRange;
    }

    /** How pixels sampled from outside the picture are filled. */
    public FillMode fillMode() {
        return fillMode;
    }

    /** The value, in 0..255 units, of pixels filled by {@link FillMode#CONSTANT}. */
    public float fillValue() {
        return fillValue;
    }

    /** The factor pixel values (0..255) are multiplied by, after augmentation. */
    public float rescale() {
        return rescale;
    }

    private static double shiftInPixels(double range, int size) {
        return range < 1 ? range * size : range;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Augmentation a
                && rotationRange == a.rotationRange && widthShiftRange == a.widthShiftRange
                && heightShiftRange == a.heightShiftRange && shearRange == a.shearRange
                && zoomRange.equals(a.zoomRange) && brightnessRange.equals(a.brightnessRange)
                && channelShiftRange == a.channelShiftRange && colorGainRange.equals(a.colorGainRange)
                && saturationRange.equals(a.saturationRange) && gammaRange.equals(a.gammaRange)
                && noiseRange.equals(a.noiseRange) && polarShadowRange.equals(a.polarShadowRange)
                && polarCentreShiftRange.equals(a.polarCentreShiftRange) && polarRimScaleRange.equals(a.polarRimScaleRange)
                && fillMode == a.fillMode
                && Float.compare(fillValue, a.fillValue) == 0 && Float.compare(rescale, a.rescale) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rotationRange, widthShiftRange, heightShiftRange, shearRange, zoomRange,
                brightnessRange, channelShiftRange, colorGainRange, saturationRange, gammaRange, noiseRange, polarShadowRange,
                polarCentreShiftRange, polarRimScaleRange, fillMode, fillValue, rescale);
    }

    /** {@code ", name=[min, max]"} for an option that is on, nothing for one fixed at its {@code off} value. */
    private static String unlessOff(String name, ValueRange range, double off) {
        return range.equals(ValueRange.fixed(off)) ? "" : ", " + name + "=[" + range.min() + ", " + range.max() + "]";
    }

    @Override
    public String toString() {
        return "Augmentation[rotationRange=" + rotationRange + ", widthShiftRange=" + widthShiftRange
                + ", heightShiftRange=" + heightShiftRange + ", shearRange=" + shearRange
                + ", zoomRange=[" + zoomRange.min() + ", " + zoomRange.max() + "]"
                + ", brightnessRange=[" + brightnessRange.min() + ", " + brightnessRange.max() + "]"
                + ", channelShiftRange=" + channelShiftRange
                + ", colorGainRange=[" + colorGainRange.min() + ", " + colorGainRange.max() + "]"
                + ", saturationRange=[" + saturationRange.min() + ", " + saturationRange.max() + "]"
                + ", gammaRange=[" + gammaRange.min() + ", " + gammaRange.max() + "]"
                + unlessOff("noiseRange", noiseRange, 0) + unlessOff("polarShadowRange", polarShadowRange, 0)
                + unlessOff("polarCentreShiftRange", polarCentreShiftRange, 0)
                + unlessOff("polarRimScaleRange", polarRimScaleRange, 1)
                + ", fillMode=" + fillMode + ", fillValue=" + fillValue + ", rescale=" + rescale + "]";
    }

    /**
     * Builds an {@link Augmentation}. Every option starts off (rescale 1/255, nearest fill); each
     * setter checks its argument and throws {@link IllegalArgumentException} saying what is wrong.
     */
    public static final class Builder {

        private double rotationRange;
        private double widthShiftRange;
        private double heightShiftRange;
        private double shearRange;
        private ValueRange zoomRange = ValueRange.fixed(1);
        private ValueRange brightnessRange = ValueRange.fixed(1);
        private double channelShiftRange;
        private ValueRange colorGainRange = ValueRange.fixed(1);
        private ValueRange saturationRange = ValueRange.fixed(1);
        private ValueRange gammaRange = ValueRange.fixed(1);
        private ValueRange noiseRange = ValueRange.fixed(0);
        private ValueRange polarShadowRange = ValueRange.fixed(0);
        private ValueRange polarCentreShiftRange = ValueRange.fixed(0);
        private ValueRange polarRimScaleRange = ValueRange.fixed(1);
        private FillMode fillMode = FillMode.NEAREST;
        private float fillValue;
        private float rescale = 1 / 255f;

        private Builder() {
        }

        /** Rotation drawn uniformly from [-degrees, degrees]; 0 to 180 (coins lie at any angle). */
        public Builder rotationRange(double degrees) {
            requireBetween("rotationRange", degrees, 0, 180);
            this.rotationRange = degrees;
            return this;
        }

        /** Horizontal shift drawn from [-range, range]: a fraction of the width when below 1, else pixels. */
        public Builder widthShiftRange(double range) {
            requireNonNegative("widthShiftRange", range);
            this.widthShiftRange = range;
            return this;
        }

        /** Vertical shift drawn from [-range, range]: a fraction of the height when below 1, else pixels. */
        public Builder heightShiftRange(double range) {
            requireNonNegative("heightShiftRange", range);
            this.heightShiftRange = range;
            return this;
        }

        /** Shear angle drawn from [-degrees, degrees]; at least 0 and below 90. */
        public Builder shearRange(double degrees) {
            requireNonNegative("shearRange", degrees);
            if (degrees >= 90) {
                throw new IllegalArgumentException("shearRange must be below 90 degrees, was " + degrees);
            }
            this.shearRange = degrees;
            return this;
        }

        /** Zoom factors zx and zy drawn independently from [1 - range, 1 + range], as Keras' float {@code zoom_range}. */
        public Builder zoomRange(double range) {
            requireNonNegative("zoomRange", range);
            if (range >= 1) {
                throw new IllegalArgumentException("zoomRange must be below 1 (a factor of 1 - range must stay positive), was "
                        + range);
            }
            this.zoomRange = ValueRange.of(1 - range, 1 + range);
            return this;
        }

        /** Zoom factors zx and zy drawn independently from [min, max] (values below 1 magnify). */
        public Builder zoomRange(double min, double max) {
            requireOrderedRange("zoomRange", min, max);
            if (!(min > 0)) {
                throw new IllegalArgumentException("zoomRange must be above 0, was [" + min + ", " + max + "]");
            }
            this.zoomRange = ValueRange.of(min, max);
            return this;
        }

        /** Brightness factor drawn from [min, max]; pixel values are multiplied by it and clipped. */
        public Builder brightnessRange(double min, double max) {
            requireOrderedRange("brightnessRange", min, max);
            requireNonNegative("brightnessRange", min);
            this.brightnessRange = ValueRange.of(min, max);
            return this;
        }

        /**
         * Keras' {@code channel_shift_range}: one offset drawn from [-range, range] (0..255 units) per
         * picture, added to every channel and clipped to the picture's own minimum and maximum.
         */
        public Builder channelShiftRange(double range) {
            requireBetween("channelShiftRange", range, 0, 255);
            this.channelShiftRange = range;
            return this;
        }

        /** White-balance error: red, green and blue multiplied by independent factors drawn from [min, max]. */
        public Builder colorGainRange(double min, double max) {
            requireOrderedRange("colorGainRange", min, max);
            requireNonNegative("colorGainRange", min);
            this.colorGainRange = ValueRange.of(min, max);
            return this;
        }

        /** Saturation factor drawn from [min, max]: each pixel blended with its gray value (0 gray, 1 unchanged). */
        public Builder saturationRange(double min, double max) {
            requireOrderedRange("saturationRange", min, max);
            requireNonNegative("saturationRange", min);
            this.saturationRange = ValueRange.of(min, max);
            return this;
        }

        /**
         * Gamma drawn from [min, max], both above 0: each value v becomes 255 (v / 255)^gamma, a
         * change of contrast between shadows and highlights that brightness alone cannot make.
         */
        public Builder gammaRange(double min, double max) {
            requireOrderedRange("gammaRange", min, max);
            if (!(min > 0)) {
                throw new IllegalArgumentException("gammaRange must be above 0, was [" + min + ", " + max + "]");
            }
            this.gammaRange = ValueRange.of(min, max);
            return this;
        }

        /**
         * Sensor noise: a standard deviation drawn from [min, max] (0..255 units, at most 64) for
         * each picture, Gaussian noise of it added to every value after the other colour changes,
         * then values rounded to whole 8-bit steps: the grain and coarse steps of a dark, low-contrast
         * photo, which the network's standardisation brings up to full contrast. Off unless set.
         */
        public Builder noiseRange(double min, double max) {
            requireRangeWithin("noiseRange", min, max, 0, 64);
            this.noiseRange = ValueRange.of(min, max);
            return this;
        }

        /**
         * For pictures unwrapped into polar coordinates (columns are angles, rows radii from the
         * centre to the rim, as {@link #polarPreset()}'s): a shadow straight across the coin, its
         * soft edge at a random angle up to 0.6 rim radii from the centre, darkening one side by a
         * depth drawn from [min, max] (0 to 1): a hand, a phone or the lamp's own edge between the
         * light and the coin. Off unless set.
         */
        public Builder polarShadowRange(double min, double max) {
            requireRangeWithin("polarShadowRange", min, max, 0, 1);
            this.polarShadowRange = ValueRange.of(min, max);
            return this;
        }

        /**
         * For pictures unwrapped into polar coordinates: each one unwrapped anew about a centre
         * moved by a distance drawn from [min, max] rim radii (0 to 0.5) in a random direction, as
         * if the coin's circle had been found that far off; the coin then bends, as it does when a
         * locator is misled by another table or light. Off unless set.
         */
        public Builder polarCentreShiftRange(double min, double max) {
            requireRangeWithin("polarCentreShiftRange", min, max, 0, 0.5);
            this.polarCentreShiftRange = ValueRange.of(min, max);
            return this;
        }

        /**
         * For pictures unwrapped into polar coordinates: each one unwrapped anew out to a rim
         * drawn from [min, max] times the rim's radius (0.5 to 1.5; rings beyond the rim repeat it),
         * as if the coin's circle had been found that much too large or small. Off unless set.
         */
        public Builder polarRimScaleRange(double min, double max) {
            requireRangeWithin("polarRimScaleRange", min, max, 0.5, 1.5);
            this.polarRimScaleRange = ValueRange.of(min, max);
            return this;
        }

        /** How pixels sampled from outside the picture are filled (default {@link FillMode#NEAREST}). */
        public Builder fillMode(FillMode mode) {
            this.fillMode = Objects.requireNonNull(mode, "fillMode must not be null");
            return this;
        }

        /** The value, in 0..255 units like Keras' {@code cval}, for {@link FillMode#CONSTANT} (default 0). */
        public Builder fillValue(double value) {
            requireBetween("fillValue", value, 0, 255);
            this.fillValue = (float) value;
            return this;
        }

        /** The factor pixel values are multiplied by after augmentation (default 1/255); above 0. */
        public Builder rescale(double factor) {
            if (!(factor > 0) || !Double.isFinite(factor)) {
                throw new IllegalArgumentException("rescale must be a finite number above 0, was " + factor);
            }
            this.rescale = (float) factor;
            return this;
        }

        /** The immutable spec. */
        public Augmentation build() {
            return new Augmentation(this);
        }

        private static void requireNonNegative(String name, double value) {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException(name + " must be a finite number of at least 0, was " + value);
            }
        }

        private static void requireBetween(String name, double value, double min, double max) {
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(name + " must lie between " + min + " and " + max + ", was " + value);
            }
        }

        /** {@code [min, max]} ordered and finite, both ends within {@code [low, high]}. */
        private static void requireRangeWithin(String name, double min, double max, double low, double high) {
            requireOrderedRange(name, min, max);
            requireBetween(name, min, low, high);
            requireBetween(name, max, low, high);
        }

        private static void requireOrderedRange(String name, double min, double max) {
            if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
                throw new IllegalArgumentException(name + " needs finite min <= max, was [" + min + ", " + max + "]");
            }
        }
    }
}
