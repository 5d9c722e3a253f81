package dev.coinid.image;

import dev.coinid.error.ImageDecodeException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes with the JDK's ImageIO readers, whose JPEG reader is native libjpeg: the fastest
 * correct JPEG path on the JVM, and the only one here that reads progressive JPEGs.
 *
 * <p>ImageIO does not fail on a truncated JPEG: it reports a warning and fills the missing rows
 * with gray. This class turns those warnings into an {@link ImageDecodeException} and logs the
 * harmless ones.
 */
final class ImageIoReader {

    private static final Logger LOG = LoggerFactory.getLogger(ImageIoReader.class);

    private ImageIoReader() {
    }

    /** Whether any installed ImageIO reader recognises {@code bytes}. */
    static boolean recognises(byte[] bytes) {
        try (ImageInputStream in = open(bytes)) {
            return ImageIO.getImageReaders(in).hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** The declared width and height, read from the header only. */
    static int[] declaredSize(byte[] bytes) throws IOException {
        try (ImageInputStream in = open(bytes)) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    /** The first image in {@code bytes}; a truncated file fails with an exception naming {@code source}. */
    static BufferedImage read(byte[] bytes, String source) throws IOException {
        return read(bytes, source, 1);
    }

    /**
     * The first image in {@code bytes}, only every {@code step}-th pixel of every {@code step}-th
     * row (1: all of them), so {@code ceil(width / step) x ceil(height / step)}; a truncated file
     * fails with an exception naming {@code source}.
     */
    static BufferedImage read(byte[] bytes, String source, int step) throws IOException {
        try (ImageInputStream in = open(bytes)) {
            ImageReader reader = readerFor(in);
            try {
                reader.setInput(in, true, true);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
                ImageReadParam every = reader.getDefaultReadParam();
                every.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, every);
                for (String warning : warnings) {
                    String w = warning.toLowerCase(Locale.ROOT);
                    if (w.contains("truncated") || w.contains("premature end")) {
                        throw new ImageDecodeException(source, "truncated " + reader.getFormatName()
                                + " file (" + warning + ")");
                    }
                }
                // Other warnings ("extraneous bytes before marker") come from files that display fine.
                warnings.forEach(warning -> LOG.warn("{}: {}", source, warning));
                return image;
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageInputStream open(byte[] bytes) {
        // Not ImageIO.createImageInputStream: by default that caches the stream in a temporary file.
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    }

    private static ImageReader readerFor(ImageInputStream in) throws IIOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IIOException("no ImageIO reader recognises this content");
        }
        return readers.next();
    }
}
