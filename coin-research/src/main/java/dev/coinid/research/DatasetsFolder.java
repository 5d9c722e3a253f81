package dev.coinid.research;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder of development data sets a research program reads: the one its first argument
 * names, or {@code ../shared/datasets} relative to the working directory (the module's folder
 * under {@code exec:java}).
 */
final class DatasetsFolder {

    private DatasetsFolder() {
    }

    /** The folder {@code args[0]} names, or {@code ../shared/datasets}; absolute and normalised. */
    static Path of(String[] args) {
        return Path.of(args.length > 0 ? args[0] : "../shared/datasets").toAbsolutePath().normalize();
    }

    /** As {@link #of}, but where the folder is absent says so on standard error and exits with status 1. */
    static Path required(String[] args) {
        Path datasets = of(args);
        if (!Files.isDirectory(datasets)) {
            System.err.println(datasets + ": development data not found (pass the datasets folder as the argument)");
            System.exit(1);
        }
        return datasets;
    }
}
