package dev.coinid.catalog;

import dev.coinid.classification.LabelScore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a classified photo is, in a collector's terms: the model's label and confidence, and,
 * when the label is mapped to the catalog, the coin's catalog entry and rarity.
 *
 * @param photo the photo, as the classification names it
 * @param label the most probable class label
 * @param confidence the probability of that label, 0..1
 * @param topK the most probable labels, best first
 * @param coin the catalog entry the label stands for; empty when the label is not mapped
 * @param rarity the coin's mintage and rank by lowest mintage; empty when there is no entry
 */
public record CatalogMatch(
        String photo,
        String label,
        float confidence,
        List<LabelScore> topK,
        Optional<CatalogEntry> coin,
        Optional<Rarity> rarity) {

    public CatalogMatch {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(label, "label");
        topK = List.copyOf(topK);
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(rarity, "rarity");
        if (coin.isPresent() != rarity.isPresent()) {
            throw new IllegalArgumentException("a catalog match has a rarity exactly when it has a coin");
        }
    }

    /** Whether the label stands for a coin of the catalog. */
    public boolean isInCatalog() {
        return coin.isPresent();
    }

    /** Whether the coin is a commemorative issue; false for a regular design or a label not in the catalog. */
    public boolean isCommemorative() {
        return coin.map(CatalogEntry::isCommemorative).orElse(false);
    }

    /**
     * The answer in one line, for example {@code Commemorative 2-euro coin, Greece 2004: Olympic
     * Games in Athens 2004, mintage unknown}, or {@code Label 'Euro' is not in the catalog}.
     */
    public String describe() {
        return coin.map(entry -> entry.isCommemorative() ? entry.describe() + ", " + rarity.orElseThrow().describe() : entry.describe())
                .orElseGet(() -> "Label '" + label + "' is not in the catalog");
    }
}
