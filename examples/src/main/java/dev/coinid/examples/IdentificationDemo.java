package dev.coinid.examples;

import dev.coinid.image.ImageSource;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.error.ImageWriteException;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.references.BundledReferences;
import dev.coinid.synthetic.ReferencePhotos;
import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.synthetic.SyntheticDesigns.Shot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * The identification part of the demo: with no real reference picture at hand, it draws a small
 * made-up catalog ({@link SyntheticDesigns}: one clean picture per design, saved under real
 * catalog ids), builds an index of it and saves it, then takes photos of some of the designs
 * (turned, relit, blurred, off-centre, on a cluttered table) and of designs the index does not
 * hold, and identifies them from the saved index as {@code coinid identify} does. Then, as a user
 * would with real coins, it takes photos of a few real designs ({@link ReferencePhotos} of their
 * bundled Open Coin Data pictures: turned, relit, blurred, on a table) and identifies them with
 * the index coinid ships, {@link DesignIndex#bundled()}.
 */
public final class IdentificationDemo {

    /**
     * What the identification demo found.
     *
     * @param knownPhotos photos of designs in the index
     * @param knownNamed of those, the ones named correctly and called known
     * @param unknownPhotos photos of designs not in the index
     * @param unknownRefused of those, the ones called unknown
     * @param realPhotos photos of real designs, identified with the bundled index
     * @param realNamed of those, the ones whose design was named and called known
     */
    public record Outcome(int knownPhotos, int knownNamed, int unknownPhotos, int unknownRefused, int realPhotos,
                          int realNamed) {
    }

    /**
     * The real coins photographed: a regular design, a euro-area common issue (named by its joint
     * theme, whichever country's coin it is), and commemoratives from 2004 to 2026.
     */
    private static final List<String> REAL_COINS = List.of(
            "regular-de-2002-federal-eagle",
            "it-2007-50th-anniversary-of-the-treaty-of-rome",
            "gr-2004-olympic-games-in-athens-2004",
            "fr-2025-notre-dame-de-paris",
            "es-2024-seville-cathedral-alcazar-and-archivo-de-indias-unesco",
            "mt-2026-the-pharaoh-hound-maltese-native-species");

    /**
     * The tables the real coins lie on: seeds of {@link Shot#background()} whose stripes are broad
     * (a table of narrow, strongly contrasted stripes can throw the coin locator off).
     */
    private static final long[] REAL_TABLES = {11, 12, 13};

    private static final int DESIGNS = 40;
    private static final int KNOWN_PHOTOS = 8;
    private static final int UNKNOWN_PHOTOS = 3;

    private final Path output;
    private final PrintStream out;

    /** A demo writing into {@code output} and reporting to {@code out}. */
    public IdentificationDemo(Path output, PrintStream out) {
        this.output = Objects.requireNonNull(output, "output");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Draws the catalog, builds and saves the index, and identifies the photos. */
    public Outcome run() {
        SyntheticDesigns designs = SyntheticDesigns.withSeed(2026);
        List<String> ids = CoinCatalog.bundled().stream()
                .filter(e -> e.isCommemorative() && e.jointIssue().isEmpty())
                .map(CatalogEntry::id).limit(DESIGNS).toList();
        Path references = output.resolve("reference-pictures");
        for (int d = 0; d < ids.size(); d++) {
            write(designs.catalogPicture(d, 360).toBufferedImage(), references.resolve(ids.get(d) + ".png"));
        }
        out.printf(Locale.ROOT, "      %d made-up designs drawn as catalog pictures, named after real catalog ids, in %s%n",
                ids.size(), references);

        long start = System.nanoTime();
        Path indexDir = output.resolve("design-index");
        DesignIndex.builder().build(List.of(references)).save(indexDir);
        out.printf(Locale.ROOT, "      index built and saved to %s in %.1f s (coinid index %s -o %s)%n", indexDir,
                (System.nanoTime() - start) / 1e9, references, indexDir);

        Path photos = output.resolve("identification-photos");
        SplittableRandom random = new SplittableRandom(7);
        List<Path> files = new ArrayList<>();
        List<String> truths = new ArrayList<>();
        for (int p = 0; p < KNOWN_PHOTOS + UNKNOWN_PHOTOS; p++) {
            boolean known = p < KNOWN_PHOTOS;
            int design = known ? random.nextInt(ids.size()) : 1000 + p;
            Path file = photos.resolve(String.format(Locale.ROOT, "photo-%02d.jpg", p));
            write(designs.photo(design, Shot.random(random), 640, 480).toBufferedImage(), file);
            files.add(file);
            truths.add(known ? ids.get(design) : null);
        }
        out.printf(Locale.ROOT, "      %d photos taken (any turn, light from any side, blur, noise, anywhere on a table), "
                + "%d of them of designs not in the index, in %s%n", files.size(), UNKNOWN_PHOTOS, photos);

        DesignIndex index = DesignIndex.load(indexDir);
        int named = 0;
        int refused = 0;
        for (int p = 0; p < files.size(); p++) {
            Identification id = index.identify(ImageSource.of(files.get(p)));
            String truth = truths.get(p);
            boolean right = truth == null ? !id.known() : id.known() && id.best().catalogId().equals(truth);
            if (right && truth == null) {
                refused++;
            } else if (right) {
                named++;
            }
            out.printf(Locale.ROOT, "      %s: %s   [%s: %s]%n", files.get(p).getFileName(), id.describe(),
                    truth == null ? "not in the index" : "shows " + truth, right ? "right" : "wrong");
        }
        out.printf(Locale.ROOT, "      %d of %d photos of indexed designs named, %d of %d photos of other designs called "
                + "unknown%n", named, KNOWN_PHOTOS, refused, UNKNOWN_PHOTOS);
        int realNamed = identifyRealDesigns(photos.resolve("real-designs"));
        return new Outcome(KNOWN_PHOTOS, named, UNKNOWN_PHOTOS, refused, REAL_COINS.size(), realNamed);
    }

    /**
     * Photographs {@link #REAL_COINS} from their bundled pictures into {@code folder} and identifies
     * the photos with the bundled index; returns how many were named right (by design) and known.
     */
    private int identifyRealDesigns(Path folder) {
        SplittableRandom random = new SplittableRandom(11);
        List<Path> files = new ArrayList<>();
        for (String coin : REAL_COINS) {
            // any turn, the light within 50 degrees of the pictures' own (upper left), anywhere on the table
            Shot shot = new Shot(random.nextDouble(360), random.nextDouble(85, 185), random.nextDouble(0.45, 0.8),
                    random.nextDouble(), random.nextDouble(), random.nextDouble(0.5, 1.2), random.nextDouble(2, 5),
                    REAL_TABLES[files.size() % REAL_TABLES.length]);
            Path file = folder.resolve(coin + ".jpg");
            write(ReferencePhotos.of(BundledReferences.picture(coin)).photo(shot, 640, 480).toBufferedImage(), file);
            files.add(file);
        }
        out.printf(Locale.ROOT, "      %d photos of real coins taken from coinid's bundled pictures (%s), in %s%n",
                files.size(), BundledReferences.ATTRIBUTION, folder);

        long start = System.nanoTime();
        DesignIndex bundled = DesignIndex.bundled();
        out.printf(Locale.ROOT, "      bundled index loaded in %.1f s: %s, %s%n", (System.nanoTime() - start) / 1e9,
                bundled, bundled.coverage().describe());
        int named = 0;
        for (int p = 0; p < files.size(); p++) {
            Identification id = bundled.identify(ImageSource.of(files.get(p)));
            String design = designOf(bundled, REAL_COINS.get(p));
            boolean right = id.known() && id.best().design().equals(design);
            if (right) {
                named++;
            }
            out.printf(Locale.ROOT, "      %s: %s   [design %s: %s]%n", files.get(p).getFileName(), id.describe(), design,
                    right ? "right" : "wrong");
        }
        out.printf(Locale.ROOT, "      %d of %d photos of real coins named by design with the bundled index%n", named,
                files.size());
        return named;
    }

    /** The design the index names for a coin: the joint theme of a common issue, the catalog id otherwise. */
    private static String designOf(DesignIndex index, String catalogId) {
        CatalogEntry coin = index.catalog().byId(catalogId).orElseThrow();
        return coin.jointIssue().map(joint -> joint.theme()).orElse(coin.id());
    }

    private static void write(java.awt.image.BufferedImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            String format = file.getFileName().toString().endsWith(".png") ? "png" : "jpg";
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IOException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new ImageWriteException(file.toString(), "cannot write the picture: " + e.getMessage(), e);
        }
    }
}
