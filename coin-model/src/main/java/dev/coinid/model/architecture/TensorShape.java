package dev.coinid.model.architecture;

/**
 * The shape of one image's activations between layers: {@code height x width x channels} for
 * feature maps, or {@code 1 x 1 x units} once flattened ({@link #isFlat()}).
 */
public record TensorShape(int height, int width, int channels, boolean isFlat) {

    public TensorShape {
        if (height <= 0 || width <= 0 || channels <= 0) {
            throw new IllegalArgumentException("shape must be positive, was " + height + "x" + width + "x" + channels);
        }
    }

    /** A feature map of {@code height x width x channels}. */
    public static TensorShape image(int height, int width, int channels) {
        return new TensorShape(height, width, channels, false);
    }

    /** A vector of {@code units} values. */
    public static TensorShape flat(int units) {
        return new TensorShape(1, 1, units, true);
    }

    /** The number of values. */
    public long size() {
        return (long) height * width * channels;
    }

    @Override
    public String toString() {
        return isFlat ? "[" + channels + "]" : "[" + height + "x" + width + "x" + channels + "]";
    }
}
