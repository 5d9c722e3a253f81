/**
 * The 2-euro catalog (bundled as a resource of dev.coinid.catalog) and the mapping from class
 * labels to catalog entries. Jackson reads the JSON as a tree: nothing is opened to reflection.
 */
module dev.coinid.catalog {
    requires transitive dev.coinid.core;       // Classification in, CoinIdException out
    requires com.fasterxml.jackson.databind;

    exports dev.coinid.catalog;
}
