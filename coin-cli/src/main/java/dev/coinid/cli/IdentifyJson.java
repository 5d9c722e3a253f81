package dev.coinid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.match.Candidate;
import dev.coinid.match.CoinInPhoto;
import dev.coinid.match.CoinsInPhoto;
import dev.coinid.match.Identification;
import dev.coinid.match.Side;

import java.util.List;
import java.util.Locale;

/**
 * The JSON object {@code coinid identify --json} prints for one photo, built in this one place so
 * that every caller (the command, a server answering for one photo) writes the same fields in the
 * same order: {@code photo, known, side, catalogId, design, score, commemorative, country, year,
 * theme, mintage, rarity, countries, candidates}, then, with {@code --all-coins},
 * {@code coins}: one object per coin found, in reading order, {@code x, y, radius, partial, side,
 * known, catalogId, design, score, commemorative, country, year, theme, mintage, rarity, twoEuro,
 * radiusMinor, angle}. See docs/cli.md for what each field means.
 */
public final class IdentifyJson {

    private IdentifyJson() {
    }

    /** The object for a photo identified as a photo of one coin. */
    public static ObjectNode of(String photo, Identification identification, CoinCatalog catalog) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        Candidate best = identification.best();
        CatalogEntry coin = identification.coin().orElse(null);
        // the design's facts (kind, year, theme) are every issuer's; the country, mintage and rarity are the coin's
        CatalogEntry design = identification.likeliestCoin().orElse(null);
        node.put("photo", photo);
        node.put("known", identification.known());
        node.put("side", sideName(identification.side()));
        node.put("catalogId", coin == null ? null : coin.id());
        node.put("design", best.design());
        node.put("score", best.score());
        CatalogEntryJson.putFacts(node, design, coin, catalog);
        ArrayNode countries = node.putArray("countries");
        // the coin's country where it was told, else every country that may have struck it, likeliest first
        (coin != null ? List.of(coin) : identification.issuers()).forEach(issuer -> countries.add(issuer.countryName()));
        ArrayNode candidates = node.putArray("candidates");
        for (Candidate candidate : identification.candidates()) {
            candidates.addObject().put("catalogId", candidate.catalogId()).put("design", candidate.design())
                    .put("score", candidate.score());
        }
        return node;
    }

    /**
     * The object for a photo of several coins ({@code --all-coins}): the photo identified as a
     * photo of one coin (its main coin), and {@code coins}, every coin found in it.
     */
    public static ObjectNode of(String photo, Identification main, CoinsInPhoto coins, CoinCatalog catalog) {
        ObjectNode node = of(photo, main, catalog);
        ArrayNode list = node.putArray("coins");
        for (CoinInPhoto coin : coins.coins()) {
            addCoin(list.addObject(), coin, catalog);
        }
        return node;
    }

    private static void addCoin(ObjectNode node, CoinInPhoto coin, CoinCatalog catalog) {
        Identification id = coin.identification().orElse(null);
        boolean known = coin.known();
        CatalogEntry entry = known ? id.coin().orElse(null) : null;
        CatalogEntry design = known ? id.likeliestCoin().orElse(null) : null;
        node.put("x", round(coin.place().centerX()));
        node.put("y", round(coin.place().centerY()));
        node.put("radius", round(coin.place().radius()));
        node.put("partial", coin.place().partial());
        node.put("side", coin.twoEuro() ? sideName(coin.side()) : null);
        node.put("known", known);
        node.put("catalogId", entry == null ? null : entry.id());
        node.put("design", id == null ? null : id.best().design());
        node.put("score", id == null ? null : id.score());
        CatalogEntryJson.putFacts(node, design, entry, catalog);
        node.put("twoEuro", coin.twoEuro());
        node.put("radiusMinor", round(coin.place().rim().semiMinor()));
        node.put("angle", round(Math.toDegrees(coin.place().rim().angle())));
    }

    private static String sideName(Side side) {
        return side == Side.UNKNOWN ? null : side.name().toLowerCase(Locale.ROOT);
    }

    /** To a tenth of a pixel (or degree): what a place on a photo is worth. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
