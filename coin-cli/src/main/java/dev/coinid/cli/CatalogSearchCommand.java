package dev.coinid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code coinid catalog search <text>...}: the catalog entries whose theme, country or year contains
 * every word, ignoring case and accents, with their mintage and rarity rank.
 */
@Command(name = "search", sortOptions = false,
        description = "Finds coins whose theme, country name or year contains every word, ignoring case and accents "
                + "(e.g. 'olympic athens', 'vatican 2006').")
final class CatalogSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<word>", description = "Words to look for.")
    List<String> words;

    @Option(names = "--json", description = "Print a JSON array instead of text.")
    boolean json;

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Option(names = "--limit", defaultValue = "50", paramLabel = "<n>",
            description = "Show at most this many coins (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        String query = String.join(" ", words);
        if (query.isBlank()) {
            throw new ParameterException(spec.commandLine(), "give at least one word to search for");
        }
        CoinCatalog coins = catalog.read();
        List<CatalogEntry> found = coins.search(query);
        List<CatalogEntry> shown = found.subList(0, Math.min(limit, found.size()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode report = Json.MAPPER.createArrayNode();
            shown.forEach(entry -> report.add(CatalogEntryJson.of(entry, coins)));
            out.println(report.toPrettyString());
        } else if (found.isEmpty()) {
            out.println("No coin in the catalog matches '" + query + "'.");
        } else {
            out.println(found.size() + (found.size() == 1 ? " coin matches '" : " coins match '") + query + "'"
                    + (shown.size() < found.size() ? ", showing " + shown.size() : "") + ":");
            for (CatalogEntry entry : shown) {
                out.println("  " + entry.describe());
                out.println("    " + entry.id() + ", " + coins.rarityOf(entry).describe());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
