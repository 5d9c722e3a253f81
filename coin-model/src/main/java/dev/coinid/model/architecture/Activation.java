package dev.coinid.model.architecture;

/** The non-linearity applied after a {@link Conv2D} or {@link Dense} layer. */
public enum Activation {
    /** max(0, x). */
    RELU,
    /** The identity: no activation. */
    LINEAR
}
