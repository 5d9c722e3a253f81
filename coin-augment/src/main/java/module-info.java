/** Keras ImageDataGenerator-style augmentation in pure Java, never flipping. */
module dev.coinid.augment {
    requires transitive dev.coinid.core;       // RgbImage in and out

    exports dev.coinid.augment;
}
