package dev.coinid.model.architecture;

import dev.coinid.image.Fit;

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
     * A small CNN that generalises across shooting sessions better than the seed CNN (superseded
     * as coinid's default by {@link #polarCnn()}, its cyclic-padded twin for polar input): four 3x3
     * convolutions (relu, same padding) with 32, 64, 128 and 256 filters; instance normalisation
     * and a 2x2 max pool after each of the first three; then global average pooling and dropout
     * 0.3 before the softmax head. Instance normalisation removes each photo's own brightness,
     * contrast and tint at every layer, with no training-set statistics that a new session could
     * contradict (with batch normalisation in its place, night-session recall was lower); global
     * average pooling reads what the image shows rather than where, which suits coins at any angle.
     * The last convolution is not instance-normalised: the average of a normalised map is a constant.
     * At 64x64 it costs about a quarter of the seed CNN at 128x128.
     */
    public static Architecture robustCnn() {
        return instanceNormGapCnn("robust-cnn", Padding.SAME);
    }

    /**
     * {@link #robustCnn()} for coins unwrapped into polar coordinates ({@code Fit.COIN_POLAR}):
     * the same layers with {@link Padding#CYCLIC_WIDTH} convolutions, so the first column
     * continues from the last one as it does on the coin. Turning the coin by a multiple of
     * 8 columns' angle leaves the prediction unchanged (to float rounding; with the default grey
     * local contrast too, which wraps around the seam); coinid's default.
     */
    public static Architecture polarCnn() {
        return instanceNormGapCnn("polar-cnn", Padding.CYCLIC_WIDTH);
    }

    /** The layers of {@link #robustCnn()} with every convolution padded as {@code padding}. */
    private static Architecture instanceNormGapCnn(String name, Padding padding) {
        return Architecture.of(name,
                Conv2D.of(32, 3).padding(padding), InstanceNorm.defaults(), MaxPool.of(2),
                Conv2D.of(64, 3).padding(padding), InstanceNorm.defaults(), MaxPool.of(2),
                Conv2D.of(128, 3).padding(padding), InstanceNorm.defaults(), MaxPool.of(2),
                Conv2D.of(256, 3).padding(padding),
                new GlobalAveragePooling(), new Dropout(0.3));
    }
}
