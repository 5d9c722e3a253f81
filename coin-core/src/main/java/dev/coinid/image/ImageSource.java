package dev.coinid.image;

import dev.coinid.error.ImageDecodeException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One photo, wherever it comes from: a file or encoded bytes decoded on demand, or a picture already
 * in memory. The one input type of {@code CoinClassifier.classify} and {@code DesignIndex.identify}:
 * {@code ImageSource.of(Path.of("coin.jpg"))}. Data sets hold sources rather than pixels, so a large
 * folder costs nothing until it is read.
 */
public interface ImageSource {

    /** A short name for messages and reports: the file path, or the in-memory name. */
    String name();

    /** The file behind this source, when there is one. */
    Optional<Path> path();

    /** Reads and decodes the image; throws a {@link dev.coinid.error.CoinIdException} naming the file. */
    RgbImage load();

    /**
     * Reads and decodes the image with {@code decoder} where it is encoded (a file, bytes), so that a
     * caller that needs fewer pixels can decode a large JPEG at reduced scale; a picture in memory is
     * returned as it is.
     */
    default RgbImage load(ImageDecoder decoder) {
        return load();
    }

    /** A photo file, decoded with the caller's decoder ({@link ImageDecoder#defaults()} by {@link #load()}). */
    static ImageSource of(Path file) {
        return file(file, ImageDecoder.defaults());
    }

    /** An encoded image (JPEG, PNG, ...) held in memory; {@code name} names it in results and errors. */
    static ImageSource of(byte[] encoded, String name) {
        return new EncodedImageSource(Objects.requireNonNull(name, "name"), null, Objects.requireNonNull(encoded, "encoded"),
                ImageDecoder.defaults());
    }

    /**
     * An encoded image read from {@code in} now, to its end (the stream is not closed); {@code name}
     * names it in results and errors. A stream that cannot be read is an {@link dev.coinid.error.ImageDecodeException}.
     */
    static ImageSource of(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        try {
            return of(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new ImageDecodeException(name, "cannot read the stream: " + e.getMessage(), e);
        }
    }

    /** A picture in memory, named {@code "image"} in results. */
    static ImageSource of(BufferedImage image) {
        return memory("image", RgbImage.fromBufferedImage(Objects.requireNonNull(image, "image")));
    }

    /** A decoded picture, named {@code "image"} in results. */
    static ImageSource of(RgbImage image) {
        return memory("image", image);
    }

    /** A file decoded with {@code decoder} each time it is {@linkplain #load() loaded}. */
    static ImageSource file(Path file, ImageDecoder decoder) {
        Objects.requireNonNull(file, "file");
        return new EncodedImageSource(file.toString(), file, null, Objects.requireNonNull(decoder, "decoder"));
    }

    /** A picture already in memory. */
    static ImageSource memory(String name, RgbImage image) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        return new ImageSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Path> path() {
                return Optional.empty();
            }

            @Override
            public RgbImage load() {
                return image;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
