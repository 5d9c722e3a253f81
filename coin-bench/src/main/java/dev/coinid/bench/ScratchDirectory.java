package dev.coinid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory for a benchmark's files (photos, an exported model), deleted with its contents on close. */
public final class ScratchDirectory implements AutoCloseable {

    private final Path root;

    private ScratchDirectory(Path root) {
        this.root = root;
    }

    /** A new empty directory under the system's temporary directory. */
    public static ScratchDirectory create(String prefix) {
        try {
            return new ScratchDirectory(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    /** A path inside the directory (not created). */
    public Path resolve(String name) {
        return root.resolve(name);
    }

    /** Writes {@code bytes} to a file of that name in the directory and returns its path. */
    public Path write(String name, byte[] bytes) {
        try {
            return Files.write(root.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
