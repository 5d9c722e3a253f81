package dev.coinid.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files of a saved index, wherever they lie: a directory, or the resources of a jar ({@link PackagedIndex}). */
interface IndexFiles {

    /** Where the index is, as messages name it. */
    String where();

    /** The bytes of one file of the index; {@link java.nio.file.NoSuchFileException} where there is no such file. */
    byte[] read(String fileName) throws IOException;

    /** Whether the index holds a file of this name. */
    boolean has(String fileName);

    static IndexFiles of(Path directory) {
        return new IndexFiles() {
            @Override
            public String where() {
                return directory.toString();
            }

            @Override
            public byte[] read(String fileName) throws IOException {
                return Files.readAllBytes(directory.resolve(fileName));
            }

            @Override
            public boolean has(String fileName) {
                return Files.isRegularFile(directory.resolve(fileName));
            }
        };
    }

    static IndexFiles of(PackagedIndex packaged) {
        return new IndexFiles() {
            @Override
            public String where() {
                return packaged.name();
            }

            @Override
            public byte[] read(String fileName) throws IOException {
                try (InputStream in = packaged.open(fileName)) {
                    return in.readAllBytes();
                }
            }

            @Override
            public boolean has(String fileName) {
                try (InputStream in = packaged.open(fileName)) {
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }
        };
    }
}
