package dev.coinid.match;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One picture of a catalogued coin that an index learns the coin's design from.
 *
 * @param catalogId the coin's id in the catalog
 * @param file the picture
 */
public record ReferencePicture(String catalogId, Path file) {

    public ReferencePicture {
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(file, "file");
    }
}
