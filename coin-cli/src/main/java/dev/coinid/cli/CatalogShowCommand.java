package dev.coinid.cli;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.Mintage;
import dev.coinid.catalog.Rarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * {@code coinid catalog show <id>}: every fact the catalog holds about one coin (type, country,
 * year, theme, joint issue and its countries, issue date, designer, mintage table, total and rarity
 * rank, source id, note), as text or, with {@code --json}, as one JSON object.
 */
@Command(name = "show", sortOptions = false,
        description = "Prints every fact of one coin, by its catalog id (as 'catalog search' lists it).")
final class CatalogShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<id>", description = "The coin's catalog id, e.g. gr-2004-olympic-games-in-athens-2004.")
    String id;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Override
    public Integer call() {
        CoinCatalog coins = catalog.read();
        CatalogEntry entry = coins.byId(id.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no coin with id '" + id + "' in the catalog; 'coinid catalog search <word>' lists ids"));
        Rarity rarity = coins.rarityOf(entry);
        List<CatalogEntry> jointCoins = entry.jointIssue().map(joint -> coins.jointIssue(joint.theme())).orElse(List.of());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CatalogEntryJson.of(entry, coins).toPrettyString());
        } else {
            printText(out, entry, rarity, jointCoins);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printText(PrintWriter out, CatalogEntry entry, Rarity rarity, List<CatalogEntry> jointCoins) {
        out.println(entry.describe());
        line(out, "id", entry.id());
        line(out, "type", entry.type().catalogName());
        line(out, "country", entry.countryName() + " (" + entry.countryCode() + ")");
        line(out, "year", String.valueOf(entry.year()));
        entry.seriesStartYear().ifPresent(year -> line(out, "series since", String.valueOf(year)));
        line(out, "denomination", entry.denomination());
        line(out, "theme", entry.theme());
        entry.jointIssue().ifPresentOrElse(joint -> line(out, "joint issue", joint.theme() + " ("
                        + joint.scope().catalogName() + "), " + jointCoins.size() + " countries: "
                        + String.join(", ", jointCoins.stream().map(CatalogEntry::countryName).distinct().toList())),
                () -> line(out, "joint issue", "no"));
        line(out, "issue date", entry.issueDate().map(Object::toString).orElse("unknown"));
        line(out, "designer", entry.designer().orElse("unknown"));
        line(out, "mintage", rarity.describe());
        if (entry.mintages().isEmpty()) {
            line(out, "mintage table", "none");
        } else {
            out.println("  mintage table:");
            out.println(String.format(Locale.ROOT, "    %-4s  %-4s  %13s  %13s  %9s", "year", "mint", "circulated",
                    "BU", "proof"));
            for (Mintage row : entry.mintages()) {
                out.println(String.format(Locale.ROOT, "    %-4d  %-4s  %13s  %13s  %9s", row.year(),
                        row.mintMark().orElse("-"), count(row.circulated()), count(row.brilliantUncirculated()),
                        count(row.proof())));
            }
        }
        line(out, "source id", entry.sourceId().orElse("none"));
        entry.referenceImage().ifPresent(image -> line(out, "ECB picture",
                image.folder().map(folder -> folder + "/").orElse("") + image.fileName()));
        entry.note().ifPresent(note -> line(out, "note", note));
    }

    private static void line(PrintWriter out, String name, String value) {
        out.println("  " + name + ": " + value);
    }

    private static String count(OptionalLong value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%,d", value.getAsLong()) : "?";
    }

}
