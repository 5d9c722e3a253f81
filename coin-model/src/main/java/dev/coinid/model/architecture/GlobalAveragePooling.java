package dev.coinid.model.architecture;

/** Averages each channel over the whole feature map, giving one flat vector per image, as Keras' {@code GlobalAveragePooling2D}. */
public record GlobalAveragePooling() implements Layer {

    @Override
    public TensorShape outputShape(TensorShape in) {
        if (in.isFlat()) {
            throw new IllegalArgumentException("GlobalAveragePooling needs an image-shaped input, got " + in);
        }
        return TensorShape.flat(in.channels());
    }

    /** Additions only: counted as zero multiply-adds. */
    @Override
    public long multiplyAdds(TensorShape in) {
        return 0;
    }
}
