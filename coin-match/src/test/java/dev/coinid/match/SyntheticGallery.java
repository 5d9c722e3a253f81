package dev.coinid.match;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.testing.JvmTemporaryFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * A made-up gallery for tests: {@link SyntheticDesigns} catalog pictures saved under real catalog
 * ids, one design per id, except two coins of one joint issue that share a design (as real
 * common issues do). The test classes that only read a gallery share one per size and test JVM,
 * indexed once ({@link #indexed}).
 */
final class SyntheticGallery {

    static final SyntheticDesigns DESIGNS = SyntheticDesigns.withSeed(2026);

    /** The shared galleries, by number of single-country designs. */
    private static final Map<Integer, SyntheticGallery> SHARED = new ConcurrentHashMap<>();

    /** The catalog ids of the gallery, in design order; the last two share the last design. */
    final List<String> ids;
    /** The design number drawn for each id. */
    final List<Integer> designs;
    final Path folder;
    /** The index of {@link #folder} with the builder's defaults, for a shared gallery; null for one only written. */
    final DesignIndex index;

    private SyntheticGallery(List<String> ids, List<Integer> designs, Path folder, DesignIndex index) {
        this.ids = ids;
        this.designs = designs;
        this.folder = folder;
        this.index = index;
    }

    /**
     * The gallery of {@code count} designs shared by this test JVM: written once into a temporary
     * folder, deleted when the JVM exits, and indexed with the builder's defaults. Read it only.
     */
    static SyntheticGallery indexed(int count) {
        return SHARED.computeIfAbsent(count, SyntheticGallery::writeAndIndex);
    }

    private static SyntheticGallery writeAndIndex(int count) {
        SyntheticGallery written = write(JvmTemporaryFolder.create("coinid-gallery-").resolve("gallery"), count);
        return new SyntheticGallery(written.ids, written.designs, written.folder,
                DesignIndex.builder().build(List.of(written.folder)));
    }

    /** Writes {@code count} single-country designs plus one joint design of two countries into {@code folder}. */
    static SyntheticGallery write(Path folder, int count) {
        CoinCatalog catalog = CoinCatalog.bundled();
        List<String> ids = new ArrayList<>();
        List<Integer> designs = new ArrayList<>();
        for (CatalogEntry entry : catalog.entries()) {
            if (ids.size() < count && entry.isCommemorative() && entry.jointIssue().isEmpty()) {
                ids.add(entry.id());
                designs.add(ids.size() - 1);
            }
        }
        CatalogEntry joint = catalog.entries().stream().filter(e -> e.jointIssue().isPresent()).findFirst().orElseThrow();
        List<CatalogEntry> issue = catalog.jointIssue(joint.jointIssue().orElseThrow().theme());
        for (CatalogEntry entry : issue.subList(0, 2)) {
            ids.add(entry.id());
            designs.add(count);
        }
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < ids.size(); i++) {
                RgbImage picture = DESIGNS.catalogPicture(designs.get(i), 360);
                ImageIO.write(picture.toBufferedImage(), "png", folder.resolve(ids.get(i) + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SyntheticGallery(List.copyOf(ids), List.copyOf(designs), folder, null);
    }

    /** The design an index should name for the i-th id. */
    String designOf(int i) {
        return DesignIndex.designOf(CoinCatalog.bundled().byId(ids.get(i)).orElseThrow());
    }
}
