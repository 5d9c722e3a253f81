package dev.coinid.cli;

import picocli.CommandLine.Command;

/** {@code coinid catalog ...}: look-ups in the 2-euro catalog, with no model involved. */
@Command(name = "catalog",
        description = "Looks coins up in the bundled 2-euro catalog (584 commemoratives of 2004-2025 and 38 "
                + "regular designs).",
        subcommands = CatalogSearchCommand.class)
final class CatalogCommand {
}
