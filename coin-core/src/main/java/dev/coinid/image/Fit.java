package dev.coinid.image;

/** How a photo of any shape is fitted into the network's input rectangle ({@link PhotoFitter}). */
public enum Fit {
    /** Resize the whole photo to the input size, ignoring its aspect ratio (the original experiment). */
    STRETCH,
    /** Cut the largest centred rectangle of the input's aspect ratio, then resize it. */
    CENTER_CROP,
    /**
     * For a photo cropped around one coin: cut the largest centred rectangle of the input's
     * aspect ratio, resize it, then paint everything outside the circle inscribed in the input
     * mid-grey, so the network sees the coin and not the table it lies on. The coin is assumed
     * to be centred and to fill the picture; nothing searches for it.
     */
    COIN_CIRCLE,
    /**
     * For a photo of one coin: find the coin's rim ({@link CoinLocator}) and
     * unwrap the coin into polar coordinates ({@link PolarUnwrapper}), the input
     * width being the number of angles and its height the number of radii. The background is
     * gone, the coin's scale fixed, and turning the coin only shifts the input's columns
     * cyclically, so a network learns numerals and designs, not their orientation, from far
     * fewer photos. Train it with cyclic shifts ({@code Augmentation.polarPreset()}).
     */
    COIN_POLAR
}
