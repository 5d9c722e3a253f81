package dev.coinid.references.internal;

import dev.coinid.match.PackagedIndex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/** The bundled index as {@code DesignIndex.bundled()} finds it: the files that {@link BundledIndexBuild} wrote into this jar. */
public final class BundledIndexResources implements PackagedIndex {

    /** Where the build writes the index, as a resource folder of this module. */
    static final String FOLDER = "/dev/coinid/references/index/";

    @Override
    public String name() {
        return "coin-references bundled index";
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        InputStream in = BundledIndexResources.class.getResourceAsStream(FOLDER + fileName);
        if (in == null) {
            throw new NoSuchFileException(FOLDER + fileName, null, "not in the coin-references jar");
        }
        return in;
    }
}
