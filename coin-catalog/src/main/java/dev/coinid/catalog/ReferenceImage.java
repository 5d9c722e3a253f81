package dev.coinid.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ECB's reference picture of a coin, by file name: where to look the design up, not the
 * picture itself (the catalog holds facts only).
 *
 * @param fileName the picture's file name, for example {@code comm_2004_el.jpg}
 * @param folder the ECB folder it sits in, for example {@code comm_2004}, when known
 * @param alternativeFileNames other pictures of the same coin, often none
 */
public record ReferenceImage(String fileName, Optional<String> folder, List<String> alternativeFileNames) {

    public ReferenceImage {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(folder, "folder");
        alternativeFileNames = List.copyOf(alternativeFileNames);
    }
}
