package dev.coinid.cli;

import dev.coinid.catalog.CoinCatalog;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --catalog} option of every command that looks coins up (picocli mixin): a catalog
 * file of the user's own in coinid's format, or, without it, the bundled 2-euro catalog.
 */
final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "<file.json>",
            description = "A catalog of your own in coinid's format. Default: the bundled 2-euro catalog.")
    Path file;

    /** The catalog the option names, or the bundled one. */
    CoinCatalog read() {
        return file == null ? CoinCatalog.bundled() : CoinCatalog.read(file);
    }
}
