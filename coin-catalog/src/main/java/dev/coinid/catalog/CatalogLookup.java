package dev.coinid.catalog;

import dev.coinid.classification.Classification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks a classifier's answer up in the catalog: turns a model's {@link Classification} into a
 * {@link CatalogMatch} by looking the label up in a {@link LabelMapping}, and the mapped id up in a
 * {@link CoinCatalog}. (Identification from reference pictures, with no classifier, is
 * {@code coin-match}'s {@code DesignIndex.identify}.) This join lives here,
 * not in the model, so the model runs without the catalog and the catalog without TensorFlow.
 *
 * <pre>{@code
 * CatalogLookup lookup = CatalogLookup.of(CoinCatalog.bundled(), LabelMapping.seedClasses());
 * CatalogMatch coin = lookup.lookUp(classification);
 * }</pre>
 *
 * Immutable and safe to share between threads.
 */
public final class CatalogLookup {

    private final CoinCatalog catalog;
    private final LabelMapping mapping;

    private CatalogLookup(CoinCatalog catalog, LabelMapping mapping) {
        this.catalog = catalog;
        this.mapping = mapping;
    }

    /**
     * A look-up that maps labels with {@code mapping} into {@code catalog}.
     *
     * @throws LabelMappingException when the mapping names catalog ids the catalog does not hold
     */
    public static CatalogLookup of(CoinCatalog catalog, LabelMapping mapping) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(mapping, "mapping");
        List<String> unknown = mapping.asMap().entrySet().stream()
                .filter(labelAndId -> catalog.byId(labelAndId.getValue()).isEmpty())
                .map(labelAndId -> "label '" + labelAndId.getKey() + "' maps to '" + labelAndId.getValue() + "'")
                .toList();
        if (!unknown.isEmpty()) {
            throw new LabelMappingException(mapping.source(), String.join(", ", unknown)
                    + (unknown.size() == 1 ? ", an id" : ", ids") + " not in the catalog " + catalog.source());
        }
        return new CatalogLookup(catalog, mapping);
    }

    /** What the classified photo is, with the catalog facts when its label is mapped. */
    public CatalogMatch lookUp(Classification classification) {
        Objects.requireNonNull(classification, "classification");
        Optional<CatalogEntry> entry = mapping.catalogId(classification.label()).flatMap(catalog::byId);
        return new CatalogMatch(classification.source(), classification.label(), classification.confidence(),
                classification.topK(), entry, entry.map(catalog::rarityOf));
    }

    /** The catalog that labels are looked up in. */
    public CoinCatalog catalog() {
        return catalog;
    }

    /** The mapping from class labels to catalog ids. */
    public LabelMapping mapping() {
        return mapping;
    }
}
