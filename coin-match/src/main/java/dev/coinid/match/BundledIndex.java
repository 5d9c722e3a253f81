package dev.coinid.match;

import dev.coinid.catalog.CoinCatalog;

import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        // the catalog (Jackson's start-up, mostly) loads on another core while this one reads the index's files
        CompletableFuture<CoinCatalog> catalog = CompletableFuture.supplyAsync(CoinCatalog::bundled);
        IndexFiles files = IndexFiles.inMemory(IndexFiles.of(packaged), IndexDirectory.MANIFEST, IndexDirectory.SPECTRA,
                IndexDirectory.NORMS, IndexDirectory.COMMON_SIDES);
        try {
            return IndexDirectory.read(files, catalog.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
