package dev.coinid.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the development data in {@code ../shared} next to the project root (the folder that
 * holds the parent {@code pom.xml}), from whichever module's folder the tests run in.
 * Tests that need it call {@link #datasets()}, which skips the test, with a message, where the
 * folder is absent, as on a user's fresh machine. The system property {@code coinid.shared}
 * overrides the location.
 *
 * <p>Other modules' tests use it through coin-core's test-jar.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code <shared>/datasets}, or skips the calling test when it is absent. */
    public static Path datasets() {
        return require("datasets");
    }

    /** {@code <shared>/datasets/<name>}, or skips the calling test when it is absent. */
    public static Path dataset(String name) {
        return require("datasets/" + name);
    }

    /** {@code <shared>/catalog}, or skips the calling test when it is absent. */
    public static Path catalog() {
        return require("catalog");
    }

    private static Path require(String relative) {
        Path shared = sharedFolder();
        Path wanted = shared.resolve(relative);
        assumeTrue(Files.isDirectory(wanted), () -> "skipped: development data " + wanted
                + " is absent (it lives in ../shared next to the project root)");
        return wanted;
    }

    /** {@code ../shared} relative to the project root: the highest folder upwards that has a pom.xml. */
    static Path sharedFolder() {
        String override = System.getProperty("coinid.shared");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        Path root = dir;
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p;
            }
        }
        return root.resolveSibling("shared").normalize();
    }
}
