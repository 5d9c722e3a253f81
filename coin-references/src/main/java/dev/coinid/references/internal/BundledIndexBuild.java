package dev.coinid.references.internal;

import dev.coinid.match.DesignIndex;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds the bundled index at build time (Maven's process-classes phase): every picture of the
 * pictures folder, named {@code <catalog id>.jpg}, described and saved where the jar packs it.
 * Not API.
 */
public final class BundledIndexBuild {

    private BundledIndexBuild() {
    }

    /** {@code BundledIndexBuild <pictures folder> <index folder>}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BundledIndexBuild <pictures folder> <index folder>");
        }
        long start = System.nanoTime();
        DesignIndex index = DesignIndex.builder().build(List.of(Path.of(args[0])));
        index.save(Path.of(args[1]));
        System.out.printf("coin-references: bundled index of %d pictures, %d designs, built in %.1f s%n",
                index.size(), index.designs().size(), (System.nanoTime() - start) / 1e9);
    }
}
