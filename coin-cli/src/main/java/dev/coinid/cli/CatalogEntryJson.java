package dev.coinid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.Mintage;
import dev.coinid.catalog.Rarity;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The catalog's facts in the CLI's JSON, one spelling for every command: camelCase, {@code country}
 * for the country's name, {@code mintage} for the coins struck for circulation, {@code rarity} for
 * the rank by lowest mintage of all qualities, null where a fact is not known.
 */
public final class CatalogEntryJson {

    private CatalogEntryJson() {
    }

    /**
     * The facts of a photo's answer, as {@code classify} and {@code identify} print them:
     * {@code commemorative, country, year, theme, mintage, rarity}. The design's facts (kind, year,
     * theme) come from {@code design}, the country's (name, mintage, rarity) from {@code coin}; either
     * may be null (nothing known, or a common issue whose country the photo did not settle).
     */
    static void putFacts(ObjectNode node, CatalogEntry design, CatalogEntry coin, CoinCatalog catalog) {
        node.put("commemorative", design == null ? null : design.isCommemorative());
        node.put("country", coin == null ? null : coin.countryName());
        node.put("year", design == null ? null : design.year());
        node.put("theme", design == null ? null : design.theme());
        putCount(node, "mintage", coin == null ? OptionalLong.empty() : coin.circulatedMintage());
        OptionalInt rarity = coin == null ? OptionalInt.empty() : catalog.rarityOf(coin).rank();
        node.put("rarity", rarity.isPresent() ? rarity.getAsInt() : null);
    }

    /**
     * Every fact of one catalog entry, as {@code catalog show} and {@code catalog search} print it and
     * {@code coinid serve}'s {@code GET /api/catalog/{id}} answers it.
     */
    public static ObjectNode of(CatalogEntry entry, CoinCatalog catalog) {
        Rarity rarity = catalog.rarityOf(entry);
        List<CatalogEntry> jointCoins = entry.jointIssue().map(joint -> catalog.jointIssue(joint.theme()))
                .orElse(List.of());
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", entry.id());
        node.put("type", entry.type().catalogName());
        node.put("commemorative", entry.isCommemorative());
        node.put("countryCode", entry.countryCode());
        node.put("country", entry.countryName());
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
                    .put("country", coin.countryName()));
        } else {
            node.putNull("jointIssue");
        }
        node.put("issueDate", entry.issueDate().map(Object::toString).orElse(null));
        node.put("designer", entry.designer().orElse(null));
        putCount(node, "mintage", entry.circulatedMintage());
        putCount(node, "totalMintage", entry.mintage());
        ArrayNode table = node.putArray("mintages");
        for (Mintage row : entry.mintages()) {
            ObjectNode json = table.addObject();
            json.put("year", row.year());
            json.put("mintMark", row.mintMark().orElse(null));
            putCount(json, "circulated", row.circulated());
            putCount(json, "brilliantUncirculated", row.brilliantUncirculated());
            putCount(json, "proof", row.proof());
        }
        node.put("rarity", rarity.rank().isPresent() ? rarity.rank().getAsInt() : null);
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
