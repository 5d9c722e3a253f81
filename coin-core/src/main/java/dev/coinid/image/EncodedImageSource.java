package dev.coinid.image;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A photo still encoded, in a file or in memory: {@link #load()} decodes it with its own decoder,
 * {@link #load(ImageDecoder)} with the caller's.
 */
record EncodedImageSource(String name, Path file, byte[] bytes, ImageDecoder decoder) implements ImageSource {

    @Override
    public Optional<Path> path() {
        return Optional.ofNullable(file);
    }

    @Override
    public RgbImage load() {
        return load(decoder);
    }

    @Override
    public RgbImage load(ImageDecoder callers) {
        return file != null ? callers.decode(file) : callers.decode(bytes, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
