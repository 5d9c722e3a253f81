package dev.coinid.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The files of a saved index, wherever they lie: a directory, or the resources of a jar ({@link PackagedIndex}). */
interface IndexFiles {

    /** Where the index is, as messages name it. */
    String where();

    /** The bytes of one file of the index; {@link java.nio.file.NoSuchFileException} where there is no such file. */
    byte[] read(String fileName) throws IOException;

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

        };
    }

    /**
     * The named files of {@code files} read now, into memory; a file that cannot be read is
     * reported when it is asked for, as {@code files} would report it.
     */
    static IndexFiles inMemory(IndexFiles files, String... fileNames) {
        Map<String, byte[]> read = new HashMap<>();
        Map<String, IOException> failed = new HashMap<>();
        for (String name : fileNames) {
            try {
                read.put(name, files.read(name));
            } catch (IOException e) {
                failed.put(name, e);
            }
        }
        return new IndexFiles() {
            @Override
            public String where() {
                return files.where();
            }

            @Override
            public byte[] read(String fileName) throws IOException {
                if (failed.containsKey(fileName)) {
                    throw failed.get(fileName);
                }
                return read.containsKey(fileName) ? read.get(fileName) : files.read(fileName);
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

        };
    }
}
