package dev.coinid.model;

/** How a photo of any shape is fitted into the network's input rectangle. */
public enum Fit {
    /** Resize the whole photo to the input size, ignoring its aspect ratio (the original experiment). */
    STRETCH,
    /** Cut the largest centred rectangle of the input's aspect ratio, then resize it. */
    CENTER_CROP
}
