package dev.coinid.artifact;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One file written so that a reader never sees half of it: the bytes go to a temporary sibling,
 * which is then moved over the file (atomically where the file system can); when a step fails,
 * the temporary file is deleted and the file is as it was.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /** Writes {@code bytes} to {@code file}, replacing it; its folder must exist. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            throw e;
        }
    }
}
