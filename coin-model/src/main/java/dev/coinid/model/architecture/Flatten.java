package dev.coinid.model.architecture;

/** Turns a feature map into one vector per image, in row-major (HWC) order, as Keras' {@code Flatten}. */
public record Flatten() implements Layer {

    @Override
    public TensorShape outputShape(TensorShape in) {
        return TensorShape.flat(Math.toIntExact(in.size()));
    }

    @Override
    public long multiplyAdds(TensorShape in) {
        return 0;
    }
}
