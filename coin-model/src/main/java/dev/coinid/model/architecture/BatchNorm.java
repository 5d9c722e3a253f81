package dev.coinid.model.architecture;

/**
 * Batch normalisation over the channel axis, as Keras' {@code BatchNormalization}: while
 * training it normalises with the batch's statistics and updates moving averages; at inference
 * it uses the moving averages. The moving averages are not trained by the optimizer.
 *
 * @param momentum weight of the old moving average in each update (Keras: 0.99)
 * @param epsilon added to the variance before the square root (Keras: 0.001)
 */
public record BatchNorm(double momentum, double epsilon) implements Layer {

    public BatchNorm {
        if (!(momentum >= 0 && momentum < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("momentum must be in [0, 1) and epsilon positive: "
                    + momentum + ", " + epsilon);
        }
    }

    /** Keras' defaults: momentum 0.99, epsilon 0.001. */
    public static BatchNorm defaults() {
        return new BatchNorm(0.99, 1e-3);
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        return in;
    }

    /** One multiply-add per value at inference (scale and shift folded). */
    @Override
    public long multiplyAdds(TensorShape in) {
        return in.size();
    }
}
