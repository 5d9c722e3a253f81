/**
 * The reference pictures of every 2-euro design, from Open Coin Data by Coinection
 * (https://coinection.eu, CC BY 4.0; see META-INF/NOTICE), and the design index built from them
 * at build time. With this module on the class or module path, {@code DesignIndex.bundled()}
 * identifies any 2-euro national side in the catalog; {@link dev.coinid.references.BundledReferences}
 * gives the pictures themselves.
 */
module dev.coinid.references {
    requires transitive dev.coinid.match;

    exports dev.coinid.references;

    provides dev.coinid.match.PackagedIndex with dev.coinid.references.internal.BundledIndexResources;
}
