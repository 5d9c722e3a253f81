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
 * saved where the jar packs it.
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
        List<Path> commonSides;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            commonSides = files.filter(file -> file.toString().endsWith(".jpg")).sorted().toList();
        }
        DesignIndex index = DesignIndex.builder().commonSides(commonSides).build(List.of(Path.of(args[0])));
        index.save(Path.of(args[2]));
        System.out.printf("coin-references: bundled index of %d pictures, %d designs, built in %.1f s%n",
                index.size(), index.designs().size(), (System.nanoTime() - start) / 1e9);
    }
}
