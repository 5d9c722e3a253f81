package dev.coinid.image;

import dev.coinid.error.ImageDecodeException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Turns encoded image bytes (JPEG, PNG, ...) into an {@link RgbImage}.
 *
 * <p>PLACEHOLDER: a minimal ImageIO-only version so other modules can build against the API;
 * the full decoder (Commons Imaging, EXIF orientation, pixel limit) replaces it.
 */
public final class ImageDecoder {

    /** The default pixel limit: 100 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    private final long maxPixels;

    private ImageDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** A decoder with the defaults: EXIF orientation applied, at most 100 megapixels. */
    public static ImageDecoder defaults() {
        return new ImageDecoder(DEFAULT_MAX_PIXELS);
    }

    /** A copy of this decoder that refuses images of more than {@code maxPixels} pixels. */
    public ImageDecoder withMaxPixels(long maxPixels) {
        return new ImageDecoder(maxPixels);
    }

    public long maxPixels() {
        return maxPixels;
    }

    public RgbImage decode(Path file) {
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new ImageDecodeException(file.toString(), "cannot read file: " + e.getMessage(), e);
        }
    }

    public RgbImage decode(InputStream in, String sourceName) {
        try {
            return decode(in.readAllBytes(), sourceName);
        } catch (IOException e) {
            throw new ImageDecodeException(sourceName, "cannot read stream: " + e.getMessage(), e);
        }
    }

    public RgbImage decode(byte[] bytes, String sourceName) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new ImageDecodeException(sourceName, "not a readable image");
            }
            return RgbImage.fromBufferedImage(image);
        } catch (IOException e) {
            throw new ImageDecodeException(sourceName, "cannot decode: " + e.getMessage(), e);
        }
    }
}
