package dev.coinid.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable 8-bit RGB picture: the one pixel type every coinid module speaks.
 *
 * <p>Pixels are stored interleaved, row by row, top to bottom ({@code HWC} order: for pixel
 * (x, y) the red, green and blue bytes sit at {@code 3 * (y * width + x)}), which is also
 * the order TensorFlow expects for an {@code NHWC} batch.
 */
public final class RgbImage {

    private final int width;
    private final int height;
    private final byte[] rgb;

    private RgbImage(int width, int height, byte[] rgb) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
        if (rgb.length != 3L * width * height) {
            throw new IllegalArgumentException("expected " + 3L * width * height + " RGB bytes for "
                    + width + "x" + height + ", got " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** An image from interleaved RGB bytes (copied, so later changes to the array do not show). */
    public static RgbImage of(int width, int height, byte[] rgb) {
        return new RgbImage(width, height, Objects.requireNonNull(rgb, "rgb").clone());
    }

    /** Takes ownership of {@code rgb} without copying; only for code in this package that just made it. */
    static RgbImage adopt(int width, int height, byte[] rgb) {
        return new RgbImage(width, height, rgb);
    }

    /** An image of one colour. */
    public static RgbImage filled(int width, int height, int red, int green, int blue) {
        byte[] rgb = new byte[3 * width * height];
        for (int i = 0; i < rgb.length; i += 3) {
            rgb[i] = (byte) red;
            rgb[i + 1] = (byte) green;
            rgb[i + 2] = (byte) blue;
        }
        return new RgbImage(width, height, rgb);
    }

    /**
     * Copies a {@link BufferedImage} of any type into RGB. Transparent pixels are composited on
     * white, as a coin photo with an alpha channel would look on a page; gray and 16-bit
     * pictures keep their sample values (gray 128 stays 128), scaled to 8 bits.
     */
    public static RgbImage fromBufferedImage(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        return new RgbImage(image.getWidth(), image.getHeight(), RgbConverter.toRgb(image));
    }

    /** A new {@link BufferedImage#TYPE_3BYTE_BGR} copy, for Java2D, ImageIO and charting code. */
    public BufferedImage toBufferedImage() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < rgb.length; i += 3) {
            bgr[i] = rgb[i + 2];
            bgr[i + 1] = rgb[i + 1];
            bgr[i + 2] = rgb[i];
        }
        return out;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The value 0..255 of channel {@code c} (0 red, 1 green, 2 blue) at column x, row y. */
    public int sample(int x, int y, int c) {
        return rgb[3 * (y * width + x) + c] & 0xFF;
    }

    /** The pixel at (x, y) packed as {@code 0xRRGGBB}. */
    public int rgb(int x, int y) {
        int i = 3 * (y * width + x);
        return (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | (rgb[i + 2] & 0xFF);
    }

    /** A read-only view of the interleaved RGB bytes, without copying: the fast path for bulk readers. */
    public ByteBuffer pixels() {
        return ByteBuffer.wrap(rgb).asReadOnlyBuffer();
    }

    /**
     * The rectangle of {@code width x height} pixels whose top-left corner is ({@code x}, {@code y}).
     *
     * @throws IllegalArgumentException if the rectangle is empty or reaches outside this image
     */
    public RgbImage crop(int x, int y, int width, int height) {
        if (width <= 0 || height <= 0 || x < 0 || y < 0 || x + width > this.width || y + height > this.height) {
            throw new IllegalArgumentException("crop " + width + "x" + height + " at (" + x + ", " + y
                    + ") does not fit in a " + this.width + "x" + this.height + " image");
        }
        byte[] out = new byte[3 * width * height];
        for (int row = 0; row < height; row++) {
            System.arraycopy(rgb, 3 * ((y + row) * this.width + x), out, 3 * row * width, 3 * width);
        }
        return new RgbImage(width, height, out);
    }

    /** The pixel array itself, not a copy; only for code in this package that promises not to change it. */
    byte[] pixelArray() {
        return rgb;
    }

    /** A copy of the interleaved RGB bytes. */
    public byte[] toRgbBytes() {
        return rgb.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RgbImage other && width == other.width && height == other.height
                && Arrays.equals(rgb, other.rgb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "RgbImage[" + width + "x" + height + "]";
    }
}
