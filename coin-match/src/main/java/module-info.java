/**
 * Identification of 2-euro coins from reference pictures (one package, all of it API; the
 * descriptors and scorers behind it are package-private). Jackson writes and reads the saved
 * index as a tree: nothing is opened to reflection.
 */
module dev.coinid.match {
    requires transitive dev.coinid.catalog;    // CatalogEntry in every candidate; brings dev.coinid.core
    requires com.fasterxml.jackson.databind;

    uses dev.coinid.match.PackagedIndex;      // the bundled index (coin-references), for DesignIndex.bundled()

    exports dev.coinid.match;
}
