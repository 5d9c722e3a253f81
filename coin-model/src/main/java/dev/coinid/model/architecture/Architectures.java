package dev.coinid.model.architecture;

/** Ready-made architectures. */
public final class Architectures {

    private Architectures() {
    }

    /**
     * The original experiment's CNN, and the default: Conv2D(64, 4x4, relu, valid), MaxPool(3x3,
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
}
