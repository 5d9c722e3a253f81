package dev.coinid.match;

import java.io.IOException;
import java.io.InputStream;

/**
 * A ready-built index shipped inside a jar, as the files {@link DesignIndex#save} writes. The
 * module {@code coin-references} provides the bundled index of every 2-euro design through this
 * interface; {@link DesignIndex#bundled()} finds it with {@link java.util.ServiceLoader}. Users
 * call {@link DesignIndex#bundled()}, not this.
 */
public interface PackagedIndex {

    /** Where the index comes from, for messages (for example {@code coin-references bundled index}). */
    String name();

    /**
     * One file of the index, by its file name in a saved index directory; a
     * {@link java.nio.file.NoSuchFileException} where the package has no such file.
     */
    InputStream open(String fileName) throws IOException;
}
