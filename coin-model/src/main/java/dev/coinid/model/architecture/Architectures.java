package dev.coinid.model.architecture;

/** Ready-made architectures. */
public final class Architectures {

    private Architectures() {
    }

    /**
     * The original experiment's CNN: Conv2D(64, 4x4, relu, valid), MaxPool(3x3,
     * stride 3), Conv2D(128, 4x4, relu), MaxPool(3x3, stride 3), Flatten, Dense(128, relu), then
     * the softmax head.
     */
    public static Architecture seedCnn() {
        return Architecture.of("seed-cnn",
                Conv2D.of(64, 4), MaxPool.of(3),
                Conv2D.of(128, 4), MaxPool.of(3),
                new Flatten(),
                Dense.of(128));
    }

    /**
     * A small CNN that generalises across shooting sessions, and the default: four blocks of
     * Conv2D(3x3, relu, same padding) and batch normalisation with 32, 64, 128 and 256 filters, a
     * 2x2 max pool after each of the first three, then global average pooling and dropout 0.3
     * before the softmax head. Global average pooling makes the head read what the image shows
     * rather than where, which suits coins lying at any angle. At 64x64 it costs about a quarter
     * of the seed CNN at 128x128.
     */
    public static Architecture robustCnn() {
        return Architecture.of("robust-cnn",
                Conv2D.of(32, 3).padding(Padding.SAME), BatchNorm.defaults(), MaxPool.of(2),
                Conv2D.of(64, 3).padding(Padding.SAME), BatchNorm.defaults(), MaxPool.of(2),
                Conv2D.of(128, 3).padding(Padding.SAME), BatchNorm.defaults(), MaxPool.of(2),
                Conv2D.of(256, 3).padding(Padding.SAME), BatchNorm.defaults(),
                new GlobalAveragePooling(), new Dropout(0.3));
    }
}
