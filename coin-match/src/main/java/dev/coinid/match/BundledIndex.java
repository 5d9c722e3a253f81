package dev.coinid.match;

import java.util.ServiceLoader;

/**
 * The bundled index, found once through {@link PackagedIndex} (module {@code coin-references}) and
 * kept for the life of the process. A failed load is not kept: the next call tries again.
 */
final class BundledIndex {

    private static volatile DesignIndex index;

    private BundledIndex() {
    }

    static DesignIndex get() {
        DesignIndex loaded = index;
        if (loaded == null) {
            synchronized (BundledIndex.class) {
                loaded = index;
                if (loaded == null) {
                    loaded = load();
                    index = loaded;
                }
            }
        }
        return loaded;
    }

    private static DesignIndex load() {
        PackagedIndex packaged = ServiceLoader.load(PackagedIndex.class, BundledIndex.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IndexFormatException("bundled index", "not found: add the module "
                        + "dev.coinid:coin-references (the reference pictures of every 2-euro design) to the class "
                        + "or module path, or load an index of your own with DesignIndex.load(directory)"));
        return IndexDirectory.read(IndexFiles.of(packaged), dev.coinid.catalog.CoinCatalog.bundled());
    }
}
