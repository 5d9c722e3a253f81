package dev.coinid.augment;

/**
 * How a transform fills output pixels whose sampling point falls outside the source image,
 * with the meanings of Keras' {@code fill_mode} (which hands them to {@code scipy.ndimage}).
 *
 * <p>For a row {@code a b c d} the source is extended as shown; the fill value of
 * {@link #CONSTANT} is set with {@link Augmentation.Builder#fillValue(double)} or
 * {@link AffineAugmenter#withFill(FillMode, float)}.
 */
public enum FillMode {

    /** {@code a a a a | a b c d | d d d d}: the edge pixel is repeated (the Keras default). */
    NEAREST,

    /** {@code k k k k | a b c d | k k k k}: every point outside the image gets the fill value k. */
    CONSTANT,

    /** {@code d c b a | a b c d | d c b a}: mirrored about the edge, the edge pixel included. */
    REFLECT,

    /**
     * {@code a b c d | a b c d | a b c d}: the image tiles the plane. (SciPy's own {@code "wrap"}
     * repeats with a period of n - 1 pixels, a known SciPy quirk; this is its {@code "grid-wrap"}.)
     */
    WRAP;

    /**
     * The source index that stands for index {@code i} of a row or column of {@code n} pixels.
     * {@link #CONSTANT} clamps: points well outside the image never get here.
     */
    int index(int i, int n) {
        if (i >= 0 && i < n) {
            return i;
        }
        return switch (this) {
            case NEAREST, CONSTANT -> i < 0 ? 0 : n - 1;
            case REFLECT -> {
                int m = Math.floorMod(i, 2 * n);
                yield m < n ? m : 2 * n - 1 - m;
            }
            case WRAP -> Math.floorMod(i, n);
        };
    }
}
