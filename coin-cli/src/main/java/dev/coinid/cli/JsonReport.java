package dev.coinid.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinIdentification;
import dev.coinid.catalog.Rarity;
import dev.coinid.classification.LabelScore;

/**
 * The CLI's machine-readable output ({@code --json}): identifications and catalog entries as
 * JSON objects with stable field names, so scripts need not parse the human text.
 *
 * <p>An identification: {@code source, label, confidence, top (label, probability), in_catalog,
 * commemorative, coin} (the catalog entry, or null); an entry: {@code id, country_code, country,
 * year, denomination, type, theme, mintage, mintage_rank, ranked_coins, joint_theme, joint_scope}.
 * A photo that could not be classified: {@code source, error}.
 */
final class JsonReport {

    private final ArrayNode items = Json.MAPPER.createArrayNode();

    /** Adds what a photo was found to be. */
    JsonReport add(CoinIdentification identification, int top) {
        ObjectNode node = items.addObject();
        node.put("source", identification.source());
        node.put("label", identification.label());
        node.put("confidence", identification.confidence());
        ArrayNode ranking = node.putArray("top");
        for (LabelScore score : identification.topK().subList(0, Math.min(top, identification.topK().size()))) {
            ranking.addObject().put("label", score.label()).put("probability", score.probability());
        }
        node.put("in_catalog", identification.isInCatalog());
        node.put("commemorative", identification.isCommemorative());
        if (identification.entry().isPresent()) {
            putEntry(node.putObject("coin"), identification.entry().get(), identification.rarity().orElseThrow());
        } else {
            node.putNull("coin");
        }
        return this;
    }

    /** Adds a catalog entry with its rarity. */
    JsonReport add(CatalogEntry entry, Rarity rarity) {
        putEntry(items.addObject(), entry, rarity);
        return this;
    }

    /** Adds a photo that could not be classified, and why. */
    JsonReport addFailure(String source, String error) {
        items.addObject().put("source", source).put("error", error);
        return this;
    }

    /** The items added so far as an indented JSON array. */
    String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    private static void putEntry(ObjectNode node, CatalogEntry entry, Rarity rarity) {
        node.put("id", entry.id());
        node.put("country_code", entry.countryCode());
        node.put("country", entry.countryName());
        node.put("year", entry.year());
        node.put("denomination", entry.denomination());
        node.put("type", entry.type().catalogName());
        node.put("theme", entry.theme());
        putOptional(node, "mintage", entry.mintage().isPresent() ? entry.mintage().getAsLong() : null);
        putOptional(node, "mintage_rank", rarity.rank().isPresent() ? (long) rarity.rank().getAsInt() : null);
        node.put("ranked_coins", rarity.rankedCoins());
        node.put("joint_theme", entry.jointIssue().map(j -> j.theme()).orElse(null));
        node.put("joint_scope", entry.jointIssue().map(j -> j.scope().catalogName()).orElse(null));
    }

    private static void putOptional(ObjectNode node, String field, Long value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value.longValue());
        }
    }
}
