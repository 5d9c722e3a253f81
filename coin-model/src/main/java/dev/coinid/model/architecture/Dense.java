package dev.coinid.model.architecture;

/**
 * A fully connected layer with a bias and an activation, as Keras' {@code Dense}. It needs a
 * flat input: put a {@link Flatten} or {@link GlobalAveragePooling} before it.
 *
 * @param units the number of outputs
 * @param activation applied after the bias
 */
public record Dense(int units, Activation activation) implements Layer {

    public Dense {
        if (units <= 0) {
            throw new IllegalArgumentException("units must be positive, was " + units);
        }
        java.util.Objects.requireNonNull(activation, "activation");
    }

    /** {@code units} outputs with ReLU. */
    public static Dense of(int units) {
        return new Dense(units, Activation.RELU);
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        if (!in.isFlat()) {
            throw new IllegalArgumentException("Dense needs a flat input (add Flatten or GlobalAveragePooling), got " + in);
        }
        return TensorShape.flat(units);
    }

    @Override
    public long multiplyAdds(TensorShape in) {
        return in.size() * units;
    }
}
