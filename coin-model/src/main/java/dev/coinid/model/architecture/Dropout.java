package dev.coinid.model.architecture;

/**
 * Randomly zeroes a fraction of its inputs while training (scaling the rest up), and does
 * nothing at inference, as Keras' {@code Dropout}.
 *
 * @param rate the fraction dropped, in [0, 1)
 */
public record Dropout(double rate) implements Layer {

    public Dropout {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("dropout rate must be in [0, 1), was " + rate);
        }
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        return in;
    }

    @Override
    public long multiplyAdds(TensorShape in) {
        return 0;
    }
}
