package dev.coinid.augment;

import dev.coinid.image.RgbImage;

import java.nio.FloatBuffer;
import java.util.Objects;

/**
 * Applies one explicit {@link Transform} to a picture: the geometric part by inverse mapping
 * with bilinear sampling (Keras' {@code apply_affine_transform} with its default
 * {@code order=1}), then, for a polar picture, its unwrapping anew about another centre
 * ({@link Transform#withPolarRecentring}), then the colour part. This is the deterministic primitive under
 * {@link BatchAugmenter}.
 *
 * <pre>{@code
 * RgbImage turned = AffineAugmenter.withFill(FillMode.CONSTANT, 0)
 *         .apply(image, Transform.identity().withRotation(90));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads; the pixel loop allocates nothing
 * (each thread reuses its own scratch arrays).
 */
public final class AffineAugmenter {

    /** How far (in pixels) a sampling point may lie outside the picture and still count as inside. */
    private static final double EDGE_TOLERANCE = 1e-9;

    private static final AffineAugmenter NEAREST = new AffineAugmenter(FillMode.NEAREST, 0);

    private final FillMode fillMode;
    private final float fillValue;

    private AffineAugmenter(FillMode fillMode, float fillValue) {
        this.fillMode = fillMode;
        this.fillValue = fillValue;
    }

    /** An augmenter that fills the uncovered border with {@link FillMode#NEAREST}, Keras' default. */
    public static AffineAugmenter nearestFill() {
        return NEAREST;
    }

    /**
     * An augmenter with the given fill mode; {@code fillValue} (0..255 units, like Keras' {@code cval})
     * is used by {@link FillMode#CONSTANT} only.
     */
    public static AffineAugmenter withFill(FillMode fillMode, float fillValue) {
        Objects.requireNonNull(fillMode, "fillMode must not be null");
        if (!(fillValue >= 0 && fillValue <= 255)) {
            throw new IllegalArgumentException("fillValue must lie between 0 and 255, was " + fillValue);
        }
        return new AffineAugmenter(fillMode, fillValue);
    }

    /** How pixels sampled from outside the picture are filled. */
    public FillMode fillMode() {
        return fillMode;
    }

    /** The value, in 0..255 units, of pixels filled by {@link FillMode#CONSTANT}. */
    public float fillValue() {
        return fillValue;
    }

    /** The transformed picture, each value rounded to the nearest of 0..255. */
    public RgbImage apply(RgbImage image, Transform transform) {
        int length = 3 * image.width() * image.height();
        float[] values = Workspace.current().output(length);
        render(image, transform, values);
        byte[] rgb = new byte[length];
        for (int i = 0; i < length; i++) {
            rgb[i] = (byte) Math.round(Math.max(0, Math.min(255, values[i])));
        }
        return RgbImage.of(image.width(), image.height(), rgb);
    }

    /**
     * Writes the transformed picture as {@code height * width * 3} floats (HWC order), each
     * multiplied by {@code rescale}, at absolute index {@code index} of {@code out}. The buffer's
     * position is left alone, so several threads may fill disjoint parts of one buffer.
     */
    public void applyInto(RgbImage image, Transform transform, float rescale, FloatBuffer out, int index) {
        int length = 3 * image.width() * image.height();
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("the output buffer is read-only");
        }
        if (index < 0 || index > out.limit() - length) {
            throw new IllegalArgumentException("the output buffer (limit " + out.limit() + ") has no room for "
                    + length + " floats at index " + index);
        }
        float[] values = Workspace.current().output(length);
        render(image, transform, values);
        if (rescale != 1) {
            for (int i = 0; i < length; i++) {
                values[i] *= rescale;
            }
        }
        out.put(index, values, 0, length);
    }

    /** Fills {@code out[0 .. 3 * width * height)} with the transformed picture in 0..255 units. */
    void render(RgbImage image, Transform transform, float[] out) {
        int width = image.width();
        int height = image.height();
        int length = 3 * width * height;
        byte[] source = Workspace.current().source(length);
        image.pixels().get(0, source, 0, length);
        AffineMatrix matrix = transform.matrix(width, height);
        if (matrix.isIdentity()) {
            for (int i = 0; i < length; i++) {
                out[i] = source[i] & 0xFF;
            }
        } else {
            sample(source, width, height, matrix, out);
        }
        if (!transform.isPolarIdentity()) {
            PolarRecentring.apply(transform, out, width, height);
        }
        if (!transform.isColorIdentity()) {
            ColorStage.apply(transform, out, width, height);
        }
    }

    private void sample(byte[] src, int width, int height, AffineMatrix m, float[] out) {
        final double m00 = m.m00();
        final double m01 = m.m01();
        final double m02 = m.m02();
        final double m10 = m.m10();
        final double m11 = m.m11();
        final double m12 = m.m12();
        final int stride = 3 * width;
        int o = 0;
        for (int y = 0; y < height; y++) {
            double rowX = m01 * y + m02;
            double rowY = m11 * y + m12;
            for (int x = 0; x < width; x++, o += 3) {
                double sx = m00 * x + rowX;
                double sy = m10 * x + rowY;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                float fx = (float) (sx - x0);
                float fy = (float) (sy - y0);
                if (x0 >= 0 && y0 >= 0 && x0 < width - 1 && y0 < height - 1) {
                    int top = y0 * stride + 3 * x0;
                    int bottom = top + stride;
                    out[o] = bilinear(src[top], src[top + 3], src[bottom], src[bottom + 3], fx, fy);
                    out[o + 1] = bilinear(src[top + 1], src[top + 4], src[bottom + 1], src[bottom + 4], fx, fy);
                    out[o + 2] = bilinear(src[top + 2], src[top + 5], src[bottom + 2], src[bottom + 5], fx, fy);
                } else {
                    sampleNearEdge(src, width, height, sx, sy, x0, y0, fx, fy, out, o);
                }
            }
        }
    }

    /** Samples a point whose four neighbours are not all inside the picture, as the fill mode says. */
    private void sampleNearEdge(byte[] src, int width, int height, double sx, double sy, int x0, int y0,
                                float fx, float fy, float[] out, int o) {
        if (fillMode == FillMode.CONSTANT
                && (sx < -EDGE_TOLERANCE || sy < -EDGE_TOLERANCE
                || sx > width - 1 + EDGE_TOLERANCE || sy > height - 1 + EDGE_TOLERANCE)) {
            out[o] = fillValue;
            out[o + 1] = fillValue;
            out[o + 2] = fillValue;
            return;
        }
        int left = 3 * fillMode.index(x0, width);
        int right = 3 * fillMode.index(x0 + 1, width);
        int top = 3 * width * fillMode.index(y0, height);
        int bottom = 3 * width * fillMode.index(y0 + 1, height);
        for (int c = 0; c < 3; c++) {
            out[o + c] = bilinear(src[top + left + c], src[top + right + c], src[bottom + left + c],
                    src[bottom + right + c], fx, fy);
        }
    }

    private static float bilinear(byte topLeft, byte topRight, byte bottomLeft, byte bottomRight, float fx, float fy) {
        float top = (topLeft & 0xFF) + ((topRight & 0xFF) - (topLeft & 0xFF)) * fx;
        float bottom = (bottomLeft & 0xFF) + ((bottomRight & 0xFF) - (bottomLeft & 0xFF)) * fx;
        return top + (bottom - top) * fy;
    }
}
