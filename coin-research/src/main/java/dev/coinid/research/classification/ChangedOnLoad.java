package dev.coinid.research.classification;

import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A photo whose pixels are changed each time it is read: the source's name and file, its image
 * passed through {@code change}. How the experiments feed a data set through a correction or a
 * simulated look without writing new files.
 *
 * @param source the photo as it is
 * @param change what is done to its pixels on every load
 */
record ChangedOnLoad(ImageSource source, UnaryOperator<RgbImage> change) implements ImageSource {

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public Optional<Path> path() {
        return source.path();
    }

    @Override
    public RgbImage load() {
        return change.apply(source.load());
    }
}
