package dev.coinid.artifact;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A directory that a saved artifact (a model, an index) fills as a whole, written so that a reader
 * never sees half of it: the files are written under a hidden temporary sibling, the artifact
 * already there is renamed aside, the new one moved into place, and the old one deleted; when a
 * step fails, the old artifact is back where it was and no temporary directory is left behind.
 */
public final class ArtifactDirectory {

    /** What fills the temporary directory. */
    @FunctionalInterface
    public interface Contents {
        /** Writes every file of the artifact into {@code directory}, which exists and is empty. */
        void writeTo(Path directory) throws IOException;
    }

    private ArtifactDirectory() {
    }

    /**
     * Why {@code target} must not be overwritten by an artifact whose directory always holds
     * {@code markerFile}: it is a file, or a non-empty directory without that file; empty where
     * writing there is safe.
     */
    public static Optional<String> refusal(Path target, String markerFile) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of("exists and is not a directory; not overwriting it");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.exists(target.resolve(markerFile))) {
            return Optional.of("is a non-empty directory that holds no " + markerFile + "; not overwriting it");
        }
        return Optional.empty();
    }

    /** Writes {@code contents} to {@code target}, replacing what is there as described above. */
    public static void replace(Path target, Contents contents) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path temporary = sibling(absolute, "writing");
        try {
            Files.createDirectories(temporary);
            contents.writeTo(temporary);
            Path old = null;
            if (Files.exists(absolute)) {
                old = sibling(absolute, "old");
                move(absolute, old);
            }
            try {
                move(temporary, absolute);
            } catch (IOException e) {
                if (old != null) {
                    move(old, absolute);
                }
                throw e;
            }
            if (old != null) {
                deleteQuietly(old);
            }
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static Path sibling(Path target, String purpose) {
        return target.resolveSibling("." + target.getFileName() + "." + purpose + "-" + UUID.randomUUID());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover hidden directory is harmless: its name starts with a dot
        }
    }
}
