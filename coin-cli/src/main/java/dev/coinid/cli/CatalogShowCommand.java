package dev.coinid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.Mintage;
import dev.coinid.catalog.Rarity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
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
public final class CatalogShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<id>", description = "The coin's catalog id, e.g. gr-2004-olympic-games-in-athens-2004.")
    String id;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--catalog", paramLabel = "<file.json>",
            description = "A catalog of your own in coinid's format. Default: the bundled 2-euro catalog.")
    Path catalog;

    @Override
    public Integer call() {
        CoinCatalog coins = catalog == null ? CoinCatalog.bundled() : CoinCatalog.read(catalog);
        CatalogEntry entry = coins.byId(id.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no coin with id '" + id + "' in the catalog; 'coinid catalog search <word>' lists ids"));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(coins, entry).toPrettyString());
        } else {
            printText(out, entry, coins.rarityOf(entry), jointCoinsOf(coins, entry));
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

    private static List<CatalogEntry> jointCoinsOf(CoinCatalog coins, CatalogEntry entry) {
        return entry.jointIssue().map(joint -> coins.jointIssue(joint.theme())).orElse(List.of());
    }

    /**
     * The object {@code --json} prints for {@code entry} of {@code coins}, which {@code coinid serve}'s
     * {@code GET /api/catalog/{id}} answers too.
     */
    public static ObjectNode toJson(CoinCatalog coins, CatalogEntry entry) {
        Rarity rarity = coins.rarityOf(entry);
        List<CatalogEntry> jointCoins = jointCoinsOf(coins, entry);
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", entry.id());
        node.put("type", entry.type().catalogName());
        node.put("countryCode", entry.countryCode());
        node.put("countryName", entry.countryName());
        node.put("year", entry.year());
        if (entry.seriesStartYear().isPresent()) {
            node.put("seriesStartYear", entry.seriesStartYear().getAsInt());
        } else {
            node.putNull("seriesStartYear");
        }
        node.put("denomination", entry.denomination());
        node.put("theme", entry.theme());
        if (entry.jointIssue().isPresent()) {
            ObjectNode joint = node.putObject("jointIssue");
            joint.put("theme", entry.jointIssue().get().theme());
            joint.put("scope", entry.jointIssue().get().scope().catalogName());
            ArrayNode countries = joint.putArray("coins");
            jointCoins.forEach(coin -> countries.addObject().put("id", coin.id()).put("countryCode", coin.countryCode())
                    .put("countryName", coin.countryName()));
        } else {
            node.putNull("jointIssue");
        }
        node.put("issueDate", entry.issueDate().map(Object::toString).orElse(null));
        node.put("designer", entry.designer().orElse(null));
        putCount(node, "mintage", entry.mintage());
        ArrayNode table = node.putArray("mintages");
        for (Mintage row : entry.mintages()) {
            ObjectNode json = table.addObject();
            json.put("year", row.year());
            json.put("mintMark", row.mintMark().orElse(null));
            putCount(json, "circulated", row.circulated());
            putCount(json, "brilliantUncirculated", row.brilliantUncirculated());
            putCount(json, "proof", row.proof());
        }
        if (rarity.rank().isPresent()) {
            node.put("rarityRank", rarity.rank().getAsInt());
        } else {
            node.putNull("rarityRank");
        }
        node.put("rankedCoins", rarity.rankedCoins());
        node.put("sourceId", entry.sourceId().orElse(null));
        if (entry.referenceImage().isPresent()) {
            ObjectNode image = node.putObject("referenceImage");
            image.put("fileName", entry.referenceImage().get().fileName());
            image.put("folder", entry.referenceImage().get().folder().orElse(null));
        } else {
            node.putNull("referenceImage");
        }
        node.put("note", entry.note().orElse(null));
        return node;
    }

    private static void putCount(ObjectNode node, String field, OptionalLong value) {
        if (value.isPresent()) {
            node.put(field, value.getAsLong());
        } else {
            node.putNull(field);
        }
    }
}
