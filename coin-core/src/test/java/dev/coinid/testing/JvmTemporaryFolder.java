package dev.coinid.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder that lives as long as the test JVM, for a fixture built once and shared by
 * several test classes (JUnit's {@code @TempDir} lives for one class at most): deleted, with all it
 * holds, when the JVM exits.
 *
 * <p>Other modules' tests use it through coin-core's test-jar.
 */
public final class JvmTemporaryFolder {

    private JvmTemporaryFolder() {
    }

    /** A new empty folder whose name starts with {@code prefix}, deleted when the JVM exits. */
    public static Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind does no harm
        }
    }
}
