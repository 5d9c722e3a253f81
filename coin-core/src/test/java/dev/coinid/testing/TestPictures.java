package dev.coinid.testing;

import dev.coinid.image.RgbImage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Encoded pictures made on the fly for tests: JPEG and PNG bytes, EXIF tags, hand-made headers. */
public final class TestPictures {

    private TestPictures() {
    }

    /** The mean absolute difference of two equally sized pictures' 8-bit values (0 when equal, 255 at most). */
    public static double meanAbsoluteDifference(RgbImage a, RgbImage b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new IllegalArgumentException("pictures differ in size: " + a.width() + "x" + a.height()
                    + " and " + b.width() + "x" + b.height());
        }
        byte[] x = a.toRgbBytes();
        byte[] y = b.toRgbBytes();
        long sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs((x[i] & 0xFF) - (y[i] & 0xFF));
        }
        return (double) sum / x.length;
    }

    /** A smooth picture whose every pixel differs (up to 256 x 256): red grows to the right, green downwards, blue with both. */
    public static RgbImage gradient(int width, int height) {
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 3 * (y * width + x);
                rgb[i] = (byte) (x * 255 / Math.max(1, width - 1));
                rgb[i + 1] = (byte) (y * 255 / Math.max(1, height - 1));
                rgb[i + 2] = (byte) ((x + y) * 255 / Math.max(1, width + height - 2));
            }
        }
        return RgbImage.of(width, height, rgb);
    }

    /** {@code image} as a baseline JPEG of quality 0.95. */
    public static byte[] jpeg(BufferedImage image) {
        return jpeg(image, 0.95f, false);
    }

    public static byte[] jpeg(RgbImage image) {
        return jpeg(image.toBufferedImage());
    }

    /** {@code image} as a JPEG of the given quality, baseline or progressive. */
    public static byte[] jpeg(BufferedImage image, float quality, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** {@code image} encoded by ImageIO in {@code format} ("png", "bmp", "gif"). */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no ImageIO writer for " + format + " and " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code jpeg} with an APP1 Exif segment carrying orientation {@code tag}, written by Commons Imaging's ExifRewriter. */
    public static byte[] withExifOrientation(byte[] jpeg, int tag) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) tag);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG that is only a signature and an IHDR chunk (with a correct CRC) declaring {@code width x height}. */
    public static byte[] pngHeader(int width, int height) {
        byte[] ihdr = new byte[4 + 13];
        putAscii(ihdr, 0, "IHDR");
        putInt(ihdr, 4, width);
        putInt(ihdr, 8, height);
        ihdr[12] = 8; // bit depth
        ihdr[13] = 2; // colour type: RGB
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        byte[] png = new byte[8 + 4 + ihdr.length + 4];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, png, 0, 8);
        putInt(png, 8, 13);
        System.arraycopy(ihdr, 0, png, 12, ihdr.length);
        putInt(png, 12 + ihdr.length, (int) crc.getValue());
        return png;
    }

    /** A JPEG that is only SOI and a baseline SOF0 frame header declaring {@code width x height}, 3 components. */
    public static byte[] jpegHeader(int width, int height) {
        return new byte[] {
            (byte) 0xFF, (byte) 0xD8,                       // SOI
            (byte) 0xFF, (byte) 0xC0, 0, 17, 8,             // SOF0, length 17, 8-bit samples
            (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width,
            3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1          // Y (2x2 sampling), Cb, Cr
        };
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void putAscii(byte[] b, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[at + i] = (byte) s.charAt(i);
        }
    }
}
