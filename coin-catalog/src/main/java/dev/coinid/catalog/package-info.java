/**
 * The 2-euro catalog: the facts about every commemorative and national-side 2-euro coin
 * ({@link dev.coinid.catalog.CoinCatalog}), the mapping from a model's class labels to catalog
 * entries ({@link dev.coinid.catalog.LabelMapping}), and the join that turns a classification
 * into an answer a collector understands ({@link dev.coinid.catalog.CatalogLookup}).
 *
 * <p>Nothing here depends on TensorFlow or on the model module: a classification arrives as the
 * plain {@link dev.coinid.classification.Classification} value from coin-core.
 */
package dev.coinid.catalog;
