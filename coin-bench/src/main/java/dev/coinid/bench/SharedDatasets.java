package dev.coinid.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the development data sets, {@code ../shared/datasets} next to the project root (the
 * highest folder upwards from the working directory that holds a {@code pom.xml}), as the
 * project's tests do. The system property {@code coinid.shared} names the shared folder instead.
 * Benchmarks read the data in place and fall back to drawn data where it is absent, as on a
 * user's fresh machine.
 */
public final class SharedDatasets {

    /** The system property that names the shared folder (the one holding {@code datasets/}). */
    public static final String PROPERTY = "coinid.shared";

    private SharedDatasets() {
    }

    /** {@code <shared>/datasets/<name>}, if that folder exists. */
    public static Optional<Path> dataset(String name) {
        Path folder = sharedFolder().resolve("datasets").resolve(name);
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** The shared folder: {@code coinid.shared}, or {@code ../shared} relative to the project root. */
    public static Path sharedFolder() {
        String override = System.getProperty(PROPERTY);
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
