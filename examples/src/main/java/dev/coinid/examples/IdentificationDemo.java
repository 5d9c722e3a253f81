package dev.coinid.examples;

import dev.coinid.image.ImageSource;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.error.ImageWriteException;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.match.CoinAnnotator;
import dev.coinid.match.CoinInPhoto;
import dev.coinid.match.CoinsInPhoto;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.references.BundledReferences;
import dev.coinid.synthetic.CoinPicture;
import dev.coinid.synthetic.PlacedCoin;
import dev.coinid.synthetic.ReferencePhotos;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.synthetic.TableScene;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
 * the index coinid ships, {@link DesignIndex#bundled()}. Last, a table of several coins, tilted,
 * every coin found and told with the bundled index, and the answer drawn
 * ({@code table-scene.jpg}, {@code table-scene-coins.png}).
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
     * @param tableCoins the coins laid on the demo's table scene
     * @param tableFound of those, the ones found with their centre within 5% of their radius
     * @param tableNationalSides the 2-euro national sides among them
     * @param tableNamed of those, the ones found and named by design
     */
    public record Outcome(int knownPhotos, int knownNamed, int unknownPhotos, int unknownRefused, int realPhotos,
                          int realNamed, int tableCoins, int tableFound, int tableNationalSides, int tableNamed) {
    }

    /** The 2-euro national sides laid on the demo's table, with their places (x, y in a 1600x1200 photo) and turns. */
    private static final List<String> TABLE_COINS = List.of(
            "gr-2004-olympic-games-in-athens-2004",
            "regular-de-2002-federal-eagle",
            "fr-2025-notre-dame-de-paris",
            "it-2007-50th-anniversary-of-the-treaty-of-rome");

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
        int[] table = identifyTable();
        return new Outcome(KNOWN_PHOTOS, named, UNKNOWN_PHOTOS, refused, REAL_COINS.size(), realNamed, table[0], table[1],
                table[2], table[3]);
    }

    /**
     * A purse emptied on a table, photographed at a slant: four 2-euro national sides of bundled
     * designs, the common side of a 2-euro coin, and three coins of one metal (bundled pictures
     * recoloured copper and gold, at the sizes of 1, 10 and 20 cents), some touching, one cut by
     * the edge. Every coin is found and told ({@link DesignIndex#identifyEvery}), and the answer
     * drawn ({@link CoinAnnotator}) as {@code coinid identify --all-coins --annotate} draws it.
     * Returns the coins laid, found, the national sides, and those named.
     */
    private int[] identifyTable() {
        List<CoinPicture> nationals = TABLE_COINS.stream()
                .map(id -> CoinPicture.cropped(id, BundledReferences.picture(id), CoinPicture.TWO_EURO_MM)).toList();
        RgbImage commonPicture;
        try (InputStream in = BundledReferences.class.getResourceAsStream(
                "/dev/coinid/references/common-sides/common-2007-200.jpg")) {
            commonPicture = ImageDecoder.defaults().decode(in, "common-2007-200.jpg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CoinPicture common = CoinPicture.cropped("common side", commonPicture, CoinPicture.TWO_EURO_MM);
        double twoEuro = 150;
        TableScene scene = TableScene.builder(1600, 1200).seed(31).tilt(20, 10)
                .place(nationals.get(0), 330, 300, twoEuro, 35)
                .place(nationals.get(1), 330 + 2 * twoEuro, 310, twoEuro, 300)
                .place(common, 1040, 330, twoEuro, 80)
                .place(nationals.get(2), 420, 820, twoEuro, 190)
                .place(nationals.get(3), 1240, 840, twoEuro, 20)
                .place(nationals.get(1).recoloured("1 cent", 0xB87333, 16.25), 1510, 460, twoEuro * 16.25 / 25.75, 0)
                .place(nationals.get(2).recoloured("10 cent", 0xD4AF37, 19.75), 770, 700, twoEuro * 19.75 / 25.75, 120)
                .place(nationals.get(0).recoloured("20 cent", 0xD4AF37, 22.25), 850, 1080, twoEuro * 22.25 / 25.75, 240)
                .build();
        Path photo = output.resolve("table-scene.jpg");
        write(scene.photo().toBufferedImage(), photo);
        DesignIndex bundled = DesignIndex.bundled();
        long start = System.nanoTime();
        CoinsInPhoto coins = bundled.identifyEvery(ImageSource.of(photo));
        double seconds = (System.nanoTime() - start) / 1e9;
        Path drawn = output.resolve("table-scene-coins.png");
        CoinAnnotator.write(ImageDecoder.defaults().decode(photo), coins, drawn);
        out.printf(Locale.ROOT, "      a table of %d coins, tilted 20 degrees: %s; %d found in %.1f s "
                + "(coinid identify %s --all-coins --annotate %s)%n", scene.coins().size(), photo.getFileName(),
                coins.coins().size(), seconds, photo, output);
        for (int i = 0; i < coins.coins().size(); i++) {
            out.printf(Locale.ROOT, "        %d: %s%n", i + 1, coins.coins().get(i).describe());
        }
        int found = 0;
        int named = 0;
        for (PlacedCoin placed : scene.coins()) {
            CoinInPhoto match = coins.coins().stream().filter(c -> Math.hypot(c.place().centerX() - placed.rim().centerX(),
                    c.place().centerY() - placed.rim().centerY()) <= 0.05 * placed.rim().semiMajor()).findFirst().orElse(null);
            if (match != null) {
                found++;
                if (TABLE_COINS.contains(placed.label()) && match.known()
                        && match.identification().orElseThrow().best().design().equals(designOf(bundled, placed.label()))) {
                    named++;
                }
            }
        }
        out.printf(Locale.ROOT, "      %d of %d coins found, %d of %d national sides named; drawn in %s%n", found,
                scene.coins().size(), named, TABLE_COINS.size(), drawn);
        return new int[] {scene.coins().size(), found, TABLE_COINS.size(), named};
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
