package dev.coinid.cli;

import picocli.CommandLine.Command;

/** {@code coinid catalog ...}: look-ups in the 2-euro catalog, with no model involved. */
@Command(name = "catalog",
        description = "Looks coins up in the bundled 2-euro catalog (" + CatalogCommand.BUNDLED_COUNTS + ").",
        subcommands = {CatalogSearchCommand.class, CatalogShowCommand.class})
final class CatalogCommand {

    /**
     * What the bundled catalog holds, for the help text (an annotation needs a constant; a test
     * checks it against {@code CoinCatalog.bundled()}, so that it stays true).
     */
    static final String BUNDLED_COUNTS = "620 commemoratives of 2004-2026 and 40 regular designs";
}
