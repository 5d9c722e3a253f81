package dev.coinid.augment;

/**
 * PLACEHOLDER contract: an immutable description of random augmentation (Keras
 * ImageDataGenerator-style). The full builder (rotation, zoom, shifts, shear, brightness,
 * fill mode) replaces this.
 */
public final class Augmentation {

    private final float rescale;

    private Augmentation(float rescale) {
        this.rescale = rescale;
    }

    /** No random transform; pixel values scaled by 1/255. */
    public static Augmentation none() {
        return new Augmentation(1 / 255f);
    }

    /** The original experiment's settings. */
    public static Augmentation seedPreset() {
        return new Augmentation(1 / 255f);
    }

    /** The factor pixel values (0..255) are multiplied by, after augmentation. */
    public float rescale() {
        return rescale;
    }
}
