package dev.coinid.model.architecture;

/**
 * Instance normalisation: each channel of each image's feature map is shifted to mean 0 and
 * scaled to variance 1 over its own pixels, then scaled and shifted by a trained gamma and beta
 * per channel. Unlike {@link BatchNorm} it uses no statistics of the training set, so it behaves
 * the same in training and inference, and a whole shooting session that is brighter, warmer or
 * of other contrast than the training photos is normalised away at every layer, not only at the
 * input.
 *
 * @param epsilon added to the variance before the square root
 */
public record InstanceNorm(double epsilon) implements Layer {

    public InstanceNorm {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be positive, was " + epsilon);
        }
    }

    /** Epsilon 0.001, as Keras' normalisation layers. */
    public static InstanceNorm defaults() {
        return new InstanceNorm(1e-3);
    }

    @Override
    public TensorShape outputShape(TensorShape in) {
        if (in.isFlat()) {
            throw new IllegalArgumentException("InstanceNorm needs an image-shaped input, got " + in);
        }
        return in;
    }

    /** About two multiply-adds per value (normalise, then scale and shift). */
    @Override
    public long multiplyAdds(TensorShape in) {
        return 2 * in.size();
    }
}
