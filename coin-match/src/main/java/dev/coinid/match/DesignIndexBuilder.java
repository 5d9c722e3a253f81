package dev.coinid.match;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.ImageDecoder;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a {@link DesignIndex} from folders of reference pictures (see {@link #build}). Holds its
 * settings only; {@link #build} may be called many times.
 */
public final class DesignIndexBuilder {

    /** About how many reference pictures measure the chance level of verification ({@link VerificationChance}). */
    private static final int CHANCE_SAMPLES = 160;

    private CoinCatalog catalog = CoinCatalog.bundled();
    private IndexBuildListener listener = IndexBuildListener.none();
    private List<Path> commonSides = List.of();

    DesignIndexBuilder() {
    }

    /** The catalog that reference ids must be in (default: the bundled one). */
    public DesignIndexBuilder catalog(CoinCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        return this;
    }

    /** Who hears of each picture described (default: nobody). */
    public DesignIndexBuilder listener(IndexBuildListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Pictures of the common side of the 2-euro coin (default: none), so that the index tells a
     * photo of it ({@link Side#COMMON}: turn the coin over) from a photo of no known design.
     */
    public DesignIndexBuilder commonSides(List<Path> pictures) {
        this.commonSides = List.copyOf(pictures);
        return this;
    }

    /**
     * The index of every reference picture in {@code folders}: pictures named
     * {@code <catalog id>.jpg}, or sub-folders {@code <catalog id>/} of pictures of one coin.
     * A folder that is missing or holds no picture, an id not in the catalog, or a picture that
     * does not decode is a {@link dev.coinid.error.CoinIdException} naming it, and no index is built.
     */
    public DesignIndex build(List<Path> folders) {
        return buildFrom(ReferenceFolders.list(List.copyOf(folders), catalog));
    }

    /** The index of the given reference pictures, described in parallel on all cores. */
    public DesignIndex buildFrom(List<ReferencePicture> pictures) {
        if (pictures.isEmpty()) {
            throw new ReferenceException(null, "no reference picture given");
        }
        ImageDecoder decoder = ImageDecoder.defaults();
        CoinView view = CoinView.squareOn();
        // every id is checked before any picture is read
        pictures.forEach(picture -> ReferenceFolders.catalogued(picture.catalogId(), picture.file(), catalog));
        AtomicInteger done = new AtomicInteger();
        // every so many pictures is kept as seen, to measure how the verifier's fits go by chance
        int every = Math.max(1, pictures.size() / CHANCE_SAMPLES);
        CoinView.Seen[] kept = new CoinView.Seen[pictures.size()];
        List<IndexedReference> references = java.util.stream.IntStream.range(0, pictures.size()).parallel().mapToObj(i -> {
            ReferencePicture picture = pictures.get(i);
            CatalogEntry entry = catalog.byId(picture.catalogId()).orElseThrow();
            CoinView.Seen seen = view.see(decoder.decode(picture.file()));
            if (i % every == 0) {
                kept[i] = seen;
            }
            listener.onPicture(done.incrementAndGet(), pictures.size(), picture);
            return IndexedReference.described(entry.id(), DesignIndex.designOf(entry), picture.file().getFileName().toString(),
                    seen.description());
        }).toList();
        DesignIndex index = new DesignIndex(catalog, references);
        List<CoinView.Seen> sample = new java.util.ArrayList<>();
        List<String> sampleDesigns = new java.util.ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] != null) {
                sample.add(kept[i]);
                sampleDesigns.add(references.get(i).design());
            }
        }
        index = index.withChance(VerificationChance.measure(index, sample, sampleDesigns));
        if (commonSides.isEmpty()) {
            return index;
        }
        List<float[]> sideSpectra = commonSides.stream()
                .map(file -> RotationCorrelation.spectrum(view.describe(decoder.decode(file)))).toList();
        return index.withCommonSides(commonSides.stream().map(file -> file.getFileName().toString()).toList(), sideSpectra);
    }
}
