package dev.coinid.references.internal;

import dev.coinid.match.DesignIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the bundled index at build time (Maven's process-classes phase): every picture of the
 * pictures folder, named {@code <catalog id>.jpg}, and the common side's pictures, described and
 * saved where the jar packs it. A build that changed none of the pictures, the common sides, the
 * describing code (coin-match) or the catalog (coin-catalog) since the index was saved keeps it, as
 * make would.
 * Not API.
 */
public final class BundledIndexBuild {

    private BundledIndexBuild() {
    }

    /** {@code BundledIndexBuild <pictures folder> <common sides folder> <index folder>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: BundledIndexBuild <pictures folder> <common sides folder> <index folder>");
        }
        long start = System.nanoTime();
        Path manifest = Path.of(args[2]).resolve("coinid-index.json");
        if (isUpToDate(manifest, List.of(Path.of(args[0]), Path.of(args[1]), codeOf(DesignIndex.class),
                codeOf(dev.coinid.catalog.CoinCatalog.class)))) {
            System.out.println("coin-references: bundled index up to date (" + manifest.getParent() + ")");
            return;
        }
        List<Path> commonSides;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            commonSides = files.filter(file -> file.toString().endsWith(".jpg")).sorted().toList();
        }
        DesignIndex index = DesignIndex.builder().commonSides(commonSides).build(List.of(Path.of(args[0])));
        index.save(Path.of(args[2]));
        System.out.printf("coin-references: bundled index of %d pictures, %d designs, built in %.1f s%n",
                index.size(), index.designs().size(), (System.nanoTime() - start) / 1e9);
    }

    /** Whether {@code output} exists and is newer than every file under {@code inputs}. */
    static boolean isUpToDate(Path output, List<Path> inputs) throws IOException {
        if (!Files.isRegularFile(output)) {
            return false;
        }
        long built = Files.getLastModifiedTime(output).toMillis();
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                if (files.filter(Files::isRegularFile).anyMatch(file -> modified(file) >= built)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE; // unreadable: build again
        }
    }

    /** The classes folder or jar a class was loaded from. */
    private static Path codeOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
