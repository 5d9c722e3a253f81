package dev.coinid.model.architecture;

/** How a convolution or pooling window treats the image border, as in Keras. */
public enum Padding {
    /** Only windows that fit entirely inside the input: the output shrinks. */
    VALID,
    /** The input is zero-padded so that the output is {@code ceil(input / stride)}. */
    SAME,
    /**
     * For inputs whose width goes round a circle (a coin unwrapped into polar coordinates): the
     * left edge continues from the right one, so the width is padded with the columns of the
     * other side, the height with zeros as {@link #SAME}. A cyclic shift of the input then
     * shifts the output exactly, with no seam. Convolutions of stride 1 only.
     */
    CYCLIC_WIDTH;

    /** The output length along one axis for an input of {@code in}, a window and a stride. */
    public int outputLength(int in, int window, int stride) {
        int out = this == VALID ? Math.floorDiv(in - window, stride) + 1 : Math.floorDiv(in + stride - 1, stride);
        if (out <= 0) {
            throw new IllegalArgumentException("a window of " + window + " with " + this
                    + " padding does not fit an input of " + in);
        }
        return out;
    }
}
