package dev.coinid.references;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The mapping table {@code references.tsv} as the tests read it from the sources: one row per
 * catalog coin, with the Open Coin Data picture it maps to (none where {@code picture} is empty).
 *
 * @param catalogId the coin's catalog id
 * @param picture the Open Coin Data picture's path in the source, empty where it has none
 * @param mapped how the row was mapped: {@code auto}, {@code hand} or {@code none}
 */
record ReferenceTable(String catalogId, String picture, String mapped) {

    /** The folder of the bundled pictures, in the module's sources. */
    static final Path PICTURES = Path.of("src/main/resources/dev/coinid/references/pictures");
    private static final Path TABLE = Path.of("src/main/resources/dev/coinid/references/references.tsv");

    /** Every row of the table, in its order, the header left out. */
    static List<ReferenceTable> rows() {
        try {
            return Files.readAllLines(TABLE).stream().skip(1).map(line -> line.split("\t", -1))
                    .map(fields -> new ReferenceTable(fields[0], fields[2], fields[3])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the row names a bundled picture. */
    boolean hasPicture() {
        return !picture.isBlank();
    }

    /** The bundled picture's file, named after the catalog id. */
    Path pictureFile() {
        return PICTURES.resolve(catalogId + ".jpg");
    }
}
