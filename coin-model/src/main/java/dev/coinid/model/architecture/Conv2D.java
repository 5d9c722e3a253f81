package dev.coinid.model.architecture;

/**
 * A 2-D convolution with a square kernel, a bias and an activation, as Keras' {@code Conv2D}.
 *
 * @param filters the number of output channels
 * @param kernelSize the side of the square kernel
 * @param stride the step between windows, both directions
 * @param padding {@link Padding#VALID} (Keras' default), {@link Padding#SAME} or {@link Padding#CYCLIC_WIDTH}
 * @param activation applied after the bias
 */
public record Conv2D(int filters, int kernelSize, int stride, Padding padding, Activation activation)
        implements Layer {

    public Conv2D {
        if (filters <= 0 || kernelSize <= 0 || stride <= 0) {
            throw new IllegalArgumentException("filters, kernelSize and stride must be positive: " + filters
                    + ", " + kernelSize + ", " + stride);
        }
        java.util.Objects.requireNonNull(padding, "padding");
        java.util.Objects.requireNonNull(activation, "activation");
        if (padding == Padding.CYCLIC_WIDTH && stride != 1) {
            throw new IllegalArgumentException("cyclic padding needs stride 1, was " + stride);
        }
    }

    /** {@code filters} kernels of {@code kernelSize x kernelSize}, stride 1, valid padding, ReLU. */
    public static Conv2D of(int filters, int kernelSize) {
        return new Conv2D(filters, kernelSize, 1, Padding.VALID, Activation.RELU);
    }

    /** This layer with another padding. */
    public Conv2D padding(Padding newPadding) {
        return new Conv2D(filters, kernelSize, stride, newPadding, activation);
    }

    /** This layer with another stride. */
    public Conv2D stride(int newStride) {
        return new Conv2D(filters, kernelSize, newStride, padding, activation);
    }

    /** This layer with another activation. */
    public Conv2D activation(Activation newActivation) {
        return new Conv2D(filters, kernelSize, stride, padding, newActivation);
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        if (in.isFlat()) {
            throw new IllegalArgumentException("Conv2D needs an image-shaped input, got " + in);
        }
        return TensorShape.image(padding.outputLength(in.height(), kernelSize, stride),
                padding.outputLength(in.width(), kernelSize, stride), filters);
    }

    @Override
    public long multiplyAdds(TensorShape in) {
        TensorShape out = outputShape(in);
        return (long) out.height() * out.width() * filters * kernelSize * kernelSize * in.channels();
    }
}
