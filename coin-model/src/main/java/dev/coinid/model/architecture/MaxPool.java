package dev.coinid.model.architecture;

/**
 * Max pooling over square windows, as Keras' {@code MaxPooling2D}.
 *
 * @param poolSize the side of the window
 * @param stride the step between windows (Keras' default is the pool size)
 * @param padding {@link Padding#VALID} (Keras' default) or {@link Padding#SAME}
 */
public record MaxPool(int poolSize, int stride, Padding padding) implements Layer {

    public MaxPool {
        if (poolSize <= 0 || stride <= 0) {
            throw new IllegalArgumentException("poolSize and stride must be positive: " + poolSize + ", " + stride);
        }
        java.util.Objects.requireNonNull(padding, "padding");
        if (padding == Padding.CYCLIC_WIDTH) {
            throw new IllegalArgumentException("max pooling takes VALID or SAME padding, not " + padding);
        }
    }

    /** A {@code poolSize x poolSize} window moved by its own size, valid padding. */
    public static MaxPool of(int poolSize) {
        return new MaxPool(poolSize, poolSize, Padding.VALID);
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        if (in.isFlat()) {
            throw new IllegalArgumentException("MaxPool needs an image-shaped input, got " + in);
        }
        return TensorShape.image(padding.outputLength(in.height(), poolSize, stride),
                padding.outputLength(in.width(), poolSize, stride), in.channels());
    }

    /** Comparisons are not multiply-adds: pooling counts as zero. */
    @Override
    public long multiplyAdds(TensorShape in) {
        return 0;
    }
}
