package dev.coinid.image;

import dev.coinid.error.ImageDecodeException;
import dev.coinid.error.ImageTooLargeException;
import dev.coinid.error.UnsupportedImageFormatException;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.imaging.ImageFormat;
import org.apache.commons.imaging.ImageFormats;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns encoded image bytes (JPEG, PNG, GIF, BMP, TIFF, WebP, PNM, ...) into an upright 8-bit
 * {@link RgbImage}. Immutable and thread-safe; {@link #defaults()} is what most code wants.
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>recognises the format from the content, not the file name (Commons Imaging, then ImageIO),
 *       and refuses a HEIC/HEIF or AVIF picture with a message that says to convert it to JPEG or
 *       PNG (no maintained Java library decodes them);</li>
 *   <li>reads the declared width and height from the header and refuses, before allocating any
 *       pixels, an image larger than {@link #maxPixels()} (a decompression bomb);</li>
 *   <li>checks a PNG's chunk CRCs, which no Java PNG decoder does;</li>
 *   <li>decodes the pixels. JPEG, PNG, GIF, BMP and TIFF go to the JDK's ImageIO readers first:
 *       its native JPEG reader is about 3.5 times faster than Commons Imaging's on a
 *       12-megapixel photo and reads progressive JPEGs, which Commons Imaging cannot; its PNG
 *       reader is faster too, and keeps gray levels that Commons Imaging rounds away (it stores
 *       gray 5 as linear light, 0). WebP (lossy, lossless, with alpha) goes to TwelveMonkeys'
 *       ImageIO reader. The formats only Commons Imaging reads (PNM, PCX, PSD, ICO, ...) go to
 *       it. Each falls back to the other library when the first fails;</li>
 *   <li>converts gray, palette, 16-bit, CMYK and transparent pictures to 8-bit RGB, compositing
 *       alpha on white;</li>
 *   <li>turns the picture upright as its EXIF orientation tag says (JPEG and TIFF).</li>
 * </ol>
 *
 * <p>A decoder made {@link #withScaledJpeg with a scaled JPEG decoder} decodes a large JPEG at
 * the smallest 1/2, 1/4 or 1/8 scale that still leaves the shorter side as long as its user
 * needs (a classifier needs what its photo fitter needs), after the same checks and with the
 * same EXIF orientation; when that decoder fails it decodes at full scale as above, so every
 * error is the one it would have been.
 *
 * <p>Every failure is an {@link ImageDecodeException} (or subtype) whose message names the file
 * and the problem: empty, truncated, corrupt, unsupported, too large, a directory, unreadable.
 */
public final class ImageDecoder {

    /** The default pixel limit: 100 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(ImageDecoder.class);
    private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    /** The formats the JDK's own readers decode best; see the class comment. */
    private static final Set<ImageFormat> IMAGE_IO_FIRST = Set.of(ImageFormats.JPEG, ImageFormats.PNG,
            ImageFormats.GIF, ImageFormats.BMP, ImageFormats.TIFF, ImageFormats.WBMP, ImageFormats.WEBP,
            ImageFormats.UNKNOWN);

    /** ISO BMFF brands of HEIF pictures (HEIC, HEIF) and of AVIF, which no maintained Java library decodes. */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm",
            "hevs", "mif1", "mif2", "msf1", "avif", "avis", "avio");

    /** The scales libjpeg's scaled inverse DCT offers below full size, largest reduction first. */
    private static final int[] JPEG_DENOMINATORS = {8, 4, 2};

    private static final ImageDecoder DEFAULTS = new ImageDecoder(DEFAULT_MAX_PIXELS, true, null, 0);

    private final long maxPixels;
    private final boolean exifOrientation;
    private final ScaledJpegDecoder scaledJpeg;
    private final int neededShorterSide;

    private ImageDecoder(long maxPixels, boolean exifOrientation, ScaledJpegDecoder scaledJpeg, int neededShorterSide) {
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive, was " + maxPixels);
        }
        this.maxPixels = maxPixels;
        this.exifOrientation = exifOrientation;
        this.scaledJpeg = scaledJpeg;
        this.neededShorterSide = neededShorterSide;
    }

    /** A decoder with the defaults: EXIF orientation applied, at most 100 megapixels. */
    public static ImageDecoder defaults() {
        return DEFAULTS;
    }

    /** A copy of this decoder that refuses images of more than {@code maxPixels} pixels. */
    public ImageDecoder withMaxPixels(long maxPixels) {
        return new ImageDecoder(maxPixels, exifOrientation, scaledJpeg, neededShorterSide);
    }

    /** A copy of this decoder that applies the EXIF orientation tag ({@code true}, the default) or ignores it. */
    public ImageDecoder withExifOrientation(boolean apply) {
        return new ImageDecoder(maxPixels, apply, scaledJpeg, neededShorterSide);
    }

    /**
     * A copy of this decoder that hands over a JPEG reduced, by {@code scaled}, to the smallest
     * 1/2, 1/4 or 1/8 of its size whose shorter side is still at least {@code neededShorterSide}
     * pixels; a JPEG too small for 1/2, and every other format, decodes at full scale as before.
     * For callers that shrink the picture to that size anyway, such as a classifier's photo
     * fitter ({@link PhotoFitter#neededShorterSide()}).
     */
    public ImageDecoder withScaledJpeg(ScaledJpegDecoder scaled, int neededShorterSide) {
        Objects.requireNonNull(scaled, "scaled");
        if (neededShorterSide < 1) {
            throw new IllegalArgumentException("neededShorterSide must be positive, was " + neededShorterSide);
        }
        return new ImageDecoder(maxPixels, exifOrientation, scaled, neededShorterSide);
    }

    /**
     * A copy of this decoder that reads a large JPEG at 1/2, 1/4 or 1/8 of its size as {@link
     * #withScaledJpeg} does, with the JDK's own JPEG reader taking only every second, fourth or
     * eighth pixel of every such row: several times faster than reading every pixel, with no
     * averaging, so for callers that shrink the picture further with antialiasing (identifying
     * the coin in it) rather than feed its pixels on as they are.
     */
    public ImageDecoder withSubsampledJpeg(int neededShorterSide) {
        return withScaledJpeg(SubsampledJpeg.INSTANCE, neededShorterSide);
    }

    /**
     * The largest of 8, 4 and 2 that still leaves the shorter side of a {@code width x height}
     * picture, divided by it and rounded up (as libjpeg rounds), at least {@code neededShorterSide};
     * 1 when even 2 would not.
     */
    static int jpegScaleDenominator(int width, int height, int neededShorterSide) {
        int shorter = Math.min(width, height);
        for (int denominator : JPEG_DENOMINATORS) {
            if (ceilDiv(shorter, denominator) >= neededShorterSide) {
                return denominator;
            }
        }
        return 1;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** The largest width x height this decoder accepts. */
    public long maxPixels() {
        return maxPixels;
    }

    /** Whether pictures are turned upright by their EXIF orientation tag. */
    public boolean appliesExifOrientation() {
        return exifOrientation;
    }

    /** Reads and decodes an image file. */
    public RgbImage decode(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ImageDecodeException(source, "is a directory, not an image file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImageDecodeException(source, "file of " + size + " bytes is too large to decode");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImageDecodeException(source, "file does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ImageDecodeException(source, "permission denied: the file cannot be read", e);
        } catch (IOException e) {
            throw new ImageDecodeException(source, "cannot read the file: " + e.getMessage(), e);
        }
        return decode(bytes, source);
    }

    /** Reads {@code in} to its end (without closing it) and decodes it; {@code sourceName} names it in errors. */
    public RgbImage decode(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ImageDecodeException(sourceName, "cannot read the stream: " + e.getMessage(), e);
        }
        return decode(bytes, sourceName);
    }

    /** Decodes an encoded image held in memory; {@code sourceName} names it in errors. */
    public RgbImage decode(byte[] bytes, String sourceName) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new ImageDecodeException(sourceName, "file is empty (0 bytes)");
        }
        refuseHeif(bytes, sourceName);
        ImageFormat format = isWebP(bytes) ? ImageFormats.WEBP : recogniseFormat(bytes, sourceName);
        Dimension size = declaredSize(bytes, format, sourceName);
        if ((long) size.width * size.height > maxPixels) {
            throw new ImageTooLargeException(sourceName, size.width, size.height, maxPixels);
        }
        if (format == ImageFormats.PNG) {
            PngChunks.verify(bytes, sourceName);
        }
        ExifOrientation orientation = exifOrientation ? orientationOf(bytes, format, sourceName) : ExifOrientation.NORMAL;
        if (format == ImageFormats.JPEG && scaledJpeg != null) {
            RgbImage reduced = decodeReduced(bytes, size, sourceName);
            if (reduced != null) {
                return orientation.apply(reduced);
            }
        }
        Decoded decoded = decodePixels(bytes, format, sourceName);
        BufferedImage image = decoded.image();
        if ((long) image.getWidth() * image.getHeight() > maxPixels) {
            throw new ImageTooLargeException(sourceName, image.getWidth(), image.getHeight(), maxPixels);
        }
        byte[] rgb = decoded.byImageIo() ? RgbConverter.toRgb(image) : RgbConverter.toRgbColourManaged(image);
        return orientation.apply(RgbImage.adopt(image.getWidth(), image.getHeight(), rgb));
    }

    /**
     * The JPEG decoded at reduced scale by the scaled decoder, or null when the JPEG is too small
     * for it or the scaled decoder fails or returns another size than libjpeg's (the caller then
     * decodes at full scale, which reports any problem with the file).
     */
    private RgbImage decodeReduced(byte[] bytes, Dimension size, String source) {
        int denominator = jpegScaleDenominator(size.width, size.height, neededShorterSide);
        if (denominator == 1) {
            return null;
        }
        try {
            RgbImage reduced = scaledJpeg.decode(bytes, denominator);
            if (reduced.width() == ceilDiv(size.width, denominator) && reduced.height() == ceilDiv(size.height, denominator)) {
                return reduced;
            }
            LOG.debug("{}: the scaled JPEG decoder returned {}x{} for 1/{} of {}x{}; decoding at full scale",
                    source, reduced.width(), reduced.height(), denominator, size.width, size.height);
        } catch (RuntimeException e) {
            LOG.debug("{}: the scaled JPEG decoder failed ({}); decoding at full scale", source, e.toString());
        }
        return null;
    }

    /** A decoded picture and which library decoded it (they store gray pictures differently). */
    private record Decoded(BufferedImage image, boolean byImageIo) {
    }

    /** Whether {@code bytes} start as a WebP file does: {@code RIFF}, the size, then {@code WEBP}. */
    static boolean isWebP(byte[] bytes) {
        return bytes.length >= 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP");
    }

    /**
     * Refuses, on one line that names the file and says what to do, a HEIC/HEIF or AVIF picture: an
     * ISO BMFF file whose {@code ftyp} box names a HEIF or AVIF brand. Phones save these; Java has
     * no maintained decoder for them.
     */
    private static void refuseHeif(byte[] bytes, String source) {
        if (bytes.length < 16 || !ascii(bytes, 4, 4).equals("ftyp")) {
            return;
        }
        long boxSize = ((bytes[0] & 0xFFL) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8)
                | (bytes[3] & 0xFF);
        int end = (int) Math.min(bytes.length, boxSize < 16 ? 16 : Math.min(boxSize, 4096));
        Set<String> brands = new LinkedHashSet<>();
        brands.add(ascii(bytes, 8, 4));           // the major brand; 12..15 is its version
        for (int at = 16; at + 4 <= end; at += 4) {
            brands.add(ascii(bytes, at, 4));      // the compatible brands
        }
        brands.retainAll(HEIF_BRANDS);
        if (!brands.isEmpty()) {
            boolean avif = brands.stream().anyMatch(brand -> brand.startsWith("av"));
            throw new UnsupportedImageFormatException(source, (avif ? "an AVIF" : "a HEIC/HEIF")
                    + " picture, which coinid cannot decode: convert it to JPEG or PNG first");
        }
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }

    /** The format by content; {@link ImageFormats#UNKNOWN} when only an ImageIO plug-in knows it. */
    private static ImageFormat recogniseFormat(byte[] bytes, String source) {
        ImageFormat format;
        try {
            format = Imaging.guessFormat(bytes);
        } catch (IOException | RuntimeException e) {
            format = ImageFormats.UNKNOWN;
        }
        if (format == ImageFormats.UNKNOWN && !ImageIoReader.recognises(bytes)) {
            throw new UnsupportedImageFormatException(source, "not an image in a supported format"
                    + " (JPEG, PNG, GIF, BMP, TIFF, WebP, PNM, ...): its " + bytes.length
                    + " bytes start with " + firstBytes(bytes));
        }
        return format;
    }

    private static Dimension declaredSize(byte[] bytes, ImageFormat format, String source) {
        Exception first = null;
        if (format != ImageFormats.UNKNOWN) {
            try {
                return Imaging.getImageSize(bytes);
            } catch (IOException | RuntimeException e) {
                first = e;
            }
        }
        try {
            int[] size = ImageIoReader.declaredSize(bytes);
            return new Dimension(size[0], size[1]);
        } catch (IOException | RuntimeException e) {
            Exception reason = first != null ? first : e;
            throw new ImageDecodeException(source, "cannot read the " + nameOf(format)
                    + " header (truncated or corrupt file): " + reason.getMessage(), reason);
        }
    }

    private static ExifOrientation orientationOf(byte[] bytes, ImageFormat format, String source) {
        if (format != ImageFormats.JPEG && format != ImageFormats.TIFF) {
            return ExifOrientation.NORMAL;
        }
        try {
            ImageMetadata metadata = Imaging.getMetadata(bytes);
            TiffField field = null;
            if (metadata instanceof JpegImageMetadata jpeg) {
                field = jpeg.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);
            } else if (metadata instanceof TiffImageMetadata tiff) {
                field = tiff.findField(TiffTagConstants.TIFF_TAG_ORIENTATION);
            }
            return field == null ? ExifOrientation.NORMAL : ExifOrientation.fromTag(field.getIntValue());
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: ignoring unreadable EXIF metadata ({}); assuming the picture is upright",
                    source, e.getMessage());
            return ExifOrientation.NORMAL;
        }
    }

    private static Decoded decodePixels(byte[] bytes, ImageFormat format, String source) {
        boolean imageIoFirst = IMAGE_IO_FIRST.contains(format);
        Exception imageIoFailure = null;
        Exception commonsFailure = null;
        if (imageIoFirst) {
            try {
                return new Decoded(ImageIoReader.read(bytes, source), true);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImageDecodeException truncated) {
                    throw truncated;
                }
                imageIoFailure = e;
            }
        }
        if (format != ImageFormats.UNKNOWN) {
            try {
                BufferedImage image = Imaging.getBufferedImage(bytes);
                if (image != null) {
                    return new Decoded(image, false);
                }
            } catch (IOException | RuntimeException e) {
                commonsFailure = e;
            }
        }
        if (!imageIoFirst) {
            try {
                return new Decoded(ImageIoReader.read(bytes, source), true);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImageDecodeException truncated) {
                    throw truncated;
                }
                imageIoFailure = e;
            }
        }
        String reasons = reasons(imageIoFailure, commonsFailure);
        Exception cause = imageIoFailure != null ? imageIoFailure : commonsFailure;
        if (reasons.toLowerCase(Locale.ROOT).contains("unsupported")
                || reasons.toLowerCase(Locale.ROOT).contains("not supported")) {
            throw new UnsupportedImageFormatException(source, "unsupported kind of " + nameOf(format)
                    + ": " + reasons, cause);
        }
        throw new ImageDecodeException(source, "corrupt or truncated " + nameOf(format) + ": " + reasons, cause);
    }

    private static String reasons(Exception imageIo, Exception commons) {
        StringBuilder s = new StringBuilder();
        if (imageIo != null) {
            s.append("ImageIO says '").append(imageIo.getMessage()).append('\'');
        }
        if (commons != null) {
            s.append(s.length() > 0 ? ", " : "").append("Commons Imaging says '").append(commons.getMessage()).append('\'');
        }
        return s.length() == 0 ? "no decoder produced an image" : s.toString();
    }

    private static String nameOf(ImageFormat format) {
        return format == ImageFormats.UNKNOWN ? "image" : format.getName();
    }

    private static String firstBytes(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xFF));
        }
        return hex.toString();
    }

    @Override
    public String toString() {
        return "ImageDecoder[maxPixels=" + maxPixels + ", exifOrientation=" + exifOrientation
                + (scaledJpeg == null ? "" : ", scaledJpeg=" + scaledJpeg + " keeping " + neededShorterSide + " px") + "]";
    }
}
