package dev.coinid.augment;

import java.util.random.RandomGenerator;

/**
 * A closed interval {@code [min, max]} that an augmentation parameter is drawn from
 * uniformly; {@code min == max} means the parameter is fixed.
 */
public record ValueRange(double min, double max) {

    public ValueRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("a range needs finite min <= max, was [" + min + ", " + max + "]");
        }
    }

    /** The range {@code [min, max]}. */
    public static ValueRange of(double min, double max) {
        return new ValueRange(min, max);
    }

    /** The range {@code [-halfWidth, halfWidth]}, as Keras draws rotations, shifts and shears. */
    public static ValueRange symmetric(double halfWidth) {
        return new ValueRange(-halfWidth, halfWidth);
    }

    /** The one-value range {@code [value, value]}. */
    public static ValueRange fixed(double value) {
        return new ValueRange(value, value);
    }

    /** True when the range holds one value only, so drawing from it is not random. */
    public boolean isFixed() {
        return min == max;
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** A value drawn uniformly from the range (exactly {@code min} for a fixed range). */
    public double draw(RandomGenerator random) {
        return min + (max - min) * random.nextDouble();
    }
}
