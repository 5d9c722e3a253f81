package dev.coinid.image.internal;

import dev.coinid.image.RgbImage;

/**
 * The brightness of a colour as the eye weighs its channels: ITU-R BT.601 luma, the weights every
 * grey-level step of coinid uses (describing a coin, augmenting saturation, the network's grey
 * input, relighting a synthetic coin).
 */
public final class Luminance {

    /** BT.601's weight of the red channel. */
    public static final float RED = 0.299f;
    /** BT.601's weight of the green channel. */
    public static final float GREEN = 0.587f;
    /** BT.601's weight of the blue channel. */
    public static final float BLUE = 0.114f;

    private Luminance() {
    }

    /** The luminance of a colour, in the channels' own scale (0..255 in, 0..255 out; 0..1 in, 0..1 out). */
    public static float of(float red, float green, float blue) {
        return RED * red + GREEN * green + BLUE * blue;
    }

    /** The luminance of every pixel of {@code image}, 0..255, row by row. */
    public static float[] of(RgbImage image) {
        int pixels = image.width() * image.height();
        byte[] rgb = image.toRgbBytes();
        float[] grey = new float[pixels];
        for (int i = 0; i < pixels; i++) {
            grey[i] = of(rgb[3 * i] & 0xff, rgb[3 * i + 1] & 0xff, rgb[3 * i + 2] & 0xff);
        }
        return grey;
    }
}
