package dev.coinid.image;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one image comes from: a file decoded on demand, or a picture already in memory.
 * Data sets hold sources rather than pixels, so a large folder costs nothing until it is read.
 */
public interface ImageSource {

    /** A short name for messages and reports: the file path, or the in-memory name. */
    String name();

    /** The file behind this source, when there is one. */
    Optional<Path> path();

    /** Reads and decodes the image; throws a {@link dev.coinid.error.CoinIdException} naming the file. */
    RgbImage load();

    /** A file decoded with {@code decoder} each time it is loaded. */
    static ImageSource file(Path file, ImageDecoder decoder) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(decoder, "decoder");
        return new ImageSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public Optional<Path> path() {
                return Optional.of(file);
            }

            @Override
            public RgbImage load() {
                return decoder.decode(file);
            }

            @Override
            public String toString() {
                return file.toString();
            }
        };
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
