package dev.coinid.research;

import dev.coinid.artifact.AtomicFile;
import dev.coinid.image.ImageSource;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.CoinEllipse;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.FoundCoin;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.match.CoinAnnotator;
import dev.coinid.match.CoinInPhoto;
import dev.coinid.match.CoinsInPhoto;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Side;
import dev.coinid.references.BundledReferences;
import dev.coinid.synthetic.CoinPicture;
import dev.coinid.synthetic.PlacedCoin;
import dev.coinid.synthetic.TableScene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures {@link DesignIndex#identifyEvery} with the bundled index on table scenes
 * ({@link TableScene}) of 3 to 12 coins, 1000x750 pixels, half of them on a table tilted 10 to 35
 * degrees, half on real backgrounds (corners of the shared common-side photos, repeated), coins
 * touching and cut by the edge:
 * <ul>
 *   <li><b>synthetic</b>: 2-euro national sides from the bundled reference pictures, common sides
 *       from the two bundled common-side pictures and the real 2-euro crops of euro-common-side,
 *       other coins from its real crops of 1 cent to 1 euro, each at its real size;</li>
 *   <li><b>real composites</b>: the same, the national sides cut out of the 51 real collector
 *       photos of euro2-commemorative-photos.</li>
 * </ul>
 * It reports: coins found with their centre within 5% of their radius; national sides (whole in
 * the frame) named right (known, the right design), of all of them and of those whose design the
 * index names from its own reference picture; common sides told; other coins named as a design.
 *
 * <pre>
 * mvn -Dmaven.repo.local=... -B -ntp -q install -DskipTests -pl coin-references,coin-research -am
 * nice -n 10 mvn -Dmaven.repo.local=... -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.SceneEvaluation [-Dexec.args="../shared/datasets 200 50 [--list-misses] [--first-seed N] [--draw-lost DIR] [--only-scene SEED]"]
 * </pre>
 */
public final class SceneEvaluation {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 750;
    /**
     * The real euro coins of euro-common-side other than the 2-euro coin, and their diameters in
     * millimetres, in a fixed order (that of {@code Map.of} changes from one run to the next, and
     * the scenes with it).
     */
    private static final Map<String, Double> OTHER_COINS = new TreeMap<>(Map.of("1c", 16.25, "2c", 18.75,
            "5c", 21.25, "10c", 19.75,
            "20c", 22.25, "50c", 24.25, "1e", 23.25));
    private static final String COMMON = "common";

    private SceneEvaluation() {
    }

    /**
     * The evaluation's options after its first three arguments: {@code --list-misses} (a line per
     * national side missed and per coin not found), {@code --first-seed N} (the synthetic scenes'
     * first seed, 1 by default; the real composites' is 100,000 further), {@code --draw-lost DIR}
     * (each scene with a coin not found drawn there, coins laid in green, coins found in red),
     * {@code --only-scene SEED} (that scene alone, to look into it).
     */
    private record Options(boolean listMisses, long firstSeed, Path drawLost, Long onlyScene) {

        static Options of(String[] args) {
            List<String> list = List.of(args);
            int first = list.indexOf("--first-seed");
            int draw = list.indexOf("--draw-lost");
            int only = list.indexOf("--only-scene");
            return new Options(list.contains("--list-misses"), first < 0 ? 1 : Long.parseLong(args[first + 1]),
                    draw < 0 ? null : Path.of(args[draw + 1]), only < 0 ? null : Long.valueOf(args[only + 1]));
        }
    }

    /** The counts of one set of scenes. */
    private static final class Counts {
        final AtomicLong coins = new AtomicLong();
        final AtomicLong found = new AtomicLong();
        final AtomicLong extra = new AtomicLong();
        final AtomicLong national = new AtomicLong();
        final AtomicLong nationalRight = new AtomicLong();
        final AtomicLong nameable = new AtomicLong();
        final AtomicLong nameableRight = new AtomicLong();
        final AtomicLong common = new AtomicLong();
        final AtomicLong commonTold = new AtomicLong();
        final AtomicLong others = new AtomicLong();
        final AtomicLong othersNamed = new AtomicLong();
        /** The national sides missed, by why: not found, not taken for a 2-euro coin, called unknown, named wrong. */
        final AtomicLong nationalNotFound = new AtomicLong();
        final AtomicLong nationalNotTwoEuro = new AtomicLong();
        final AtomicLong nationalUnknown = new AtomicLong();
        final AtomicLong nationalWrong = new AtomicLong();
        final AtomicLong nanos = new AtomicLong();
        /** One line per national side missed: the scene, the design, its size and shape in the photo, and why. */
        final Queue<String> misses = new ConcurrentLinkedQueue<>();
        /** One line per coin of any kind not found. */
        final Queue<String> lost = new ConcurrentLinkedQueue<>();
        final java.util.concurrent.atomic.AtomicInteger scenes = new java.util.concurrent.atomic.AtomicInteger();

        String report(String name, int scenes) {
            return String.format(Locale.ROOT, "%s, %d scenes: coins found %d of %d (%.1f%%), %d found that are no coin; "
                            + "national sides named right %d of %d (%.1f%%), of designs the index names from their own "
                            + "picture %d of %d (%.1f%%); common sides told %d of %d (%.1f%%); other coins named as a design "
                            + "%d of %d; %.0f ms per scene; national sides missed: %d not found, %d not taken for a "
                            + "2-euro coin, %d called unknown, %d named wrong", name, scenes, found.get(), coins.get(),
                    pct(found, coins), extra.get(), nationalRight.get(), national.get(), pct(nationalRight, national),
                    nameableRight.get(), nameable.get(), pct(nameableRight, nameable), commonTold.get(), common.get(),
                    pct(commonTold, common), othersNamed.get(), others.get(), nanos.get() / 1e6 / scenes,
                    nationalNotFound.get(), nationalNotTwoEuro.get(), nationalUnknown.get(), nationalWrong.get());
        }

        private static double pct(AtomicLong a, AtomicLong b) {
            return b.get() == 0 ? 0 : 100.0 * a.get() / b.get();
        }
    }

    public static void main(String[] args) throws IOException {
        Path datasets = DatasetsFolder.of(args);
        int syntheticScenes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int realScenes = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Options options = Options.of(args);
        DesignIndex index = DesignIndex.bundled();
        CoinCatalog catalog = index.catalog();
        ImageDecoder decoder = ImageDecoder.defaults();

        List<CoinPicture> bundled = BundledReferences.catalogIds().stream()
                .map(id -> twoEuroCoin(id, BundledReferences.picture(id))).toList();
        List<CoinPicture> commons = new ArrayList<>();
        for (String name : List.of("common-2002-200.jpg", "common-2007-200.jpg")) {
            try (InputStream in = BundledReferences.class.getResourceAsStream("/dev/coinid/references/common-sides/" + name)) {
                commons.add(twoEuroCoin(COMMON, decoder.decode(in, name)));
            }
        }
        Path crops = datasets.resolve("euro-common-side");
        List<RgbImage> twoEuroCrops = cropsOf(crops.resolve("2e"), decoder);
        commons.addAll(twoEuroCrops.stream().map(crop -> twoEuroCoin(COMMON, crop)).toList());
        List<CoinPicture> others = new ArrayList<>();
        for (Map.Entry<String, Double> coin : OTHER_COINS.entrySet()) {
            others.addAll(cropsOf(crops.resolve(coin.getKey()), decoder).stream()
                    .map(crop -> CoinPicture.cropped(coin.getKey(), crop, coin.getValue())).toList());
        }
        List<RgbImage> tables = twoEuroCrops.stream().map(picture -> picture.crop(0, 0, 48, 48)).toList();
        LabelledPhotos collector = LabelledPhotos.read(datasets.resolve("euro2-commemorative-photos"), catalog);
        List<CoinPicture> realNational = new ArrayList<>();
        for (int i = 0; i < collector.files().size(); i++) {
            RgbImage photo = decoder.decode(collector.files().get(i));
            realNational.add(twoEuroCoin(collector.coins().get(i).id(), photo));
        }
        System.out.printf(Locale.ROOT, "%d bundled national sides, %d common sides, %d other coins, %d tables, %d real national sides%n",
                bundled.size(), commons.size(), others.size(), tables.size(), realNational.size());

        Counts synthetic = run(index, bundled, commons, others, tables, syntheticScenes, options.firstSeed(), options);
        System.out.println(synthetic.report("synthetic", syntheticScenes));
        if (options.listMisses()) {
            synthetic.misses.stream().sorted().forEach(miss -> System.out.println("  missed: " + miss));
            synthetic.lost.stream().sorted().forEach(coin -> System.out.println("  lost: " + coin));
        }
        Counts real = run(index, realNational, commons, others, tables, realScenes, 100_000 + options.firstSeed() - 1, options);
        System.out.println(real.report("real composites", realScenes));
        if (options.listMisses()) {
            real.misses.stream().sorted().forEach(miss -> System.out.println("  missed: " + miss));
            real.lost.stream().sorted().forEach(coin -> System.out.println("  lost: " + coin));
        }
    }

    private static Counts run(DesignIndex index, List<CoinPicture> nationals, List<CoinPicture> commons,
                              List<CoinPicture> others, List<RgbImage> tables, int scenes, long firstSeed, Options options) {
        Counts counts = new Counts();
        IntStream.range(0, scenes).parallel().forEach(s -> {
            if (options.onlyScene() != null && options.onlyScene() != firstSeed + s) {
                return;
            }
            SplittableRandom random = new SplittableRandom(firstSeed + s);
            List<CoinPicture> coins = new ArrayList<>();
            int n = 3 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                double kind = random.nextDouble();
                List<CoinPicture> pool = kind < 0.4 ? nationals : kind < 0.6 ? commons : others;
                coins.add(pool.get(random.nextInt(pool.size())));
            }
            TableScene.Builder builder = TableScene.builder(WIDTH, HEIGHT).seed(firstSeed + s)
                    .tilt(random.nextBoolean() ? 0 : random.nextDouble(10, 35), random.nextDouble(180))
                    .blurAndNoise(random.nextDouble(0.3, 1.0), random.nextDouble(1, 4));
            if (random.nextBoolean()) {
                builder.texture(tables.get(random.nextInt(tables.size())));
            }
            TableScene scene = builder.scatter(coins, random.nextDouble(0.1, 0.3)).build();
            long start = System.nanoTime();
            CoinsInPhoto read = index.identifyEvery(ImageSource.memory(String.valueOf(firstSeed + s), scene.photo()));
            counts.nanos.addAndGet(System.nanoTime() - start);
            if (tally(index, scene, read, counts) && options.drawLost() != null) {
                drawLost(scene, read, options.drawLost().resolve("scene-" + (firstSeed + s) + ".png"));
            }
            int done = counts.scenes.incrementAndGet();
            if (done % 20 == 0 && done < scenes) {
                System.out.println("  ... " + counts.report("so far", done));
            }
        });
        return counts;
    }

    /** Writes the scene's photo with each coin laid outlined in green and each coin found in red. */
    private static void drawLost(TableScene scene, CoinsInPhoto read, Path file) {
        BufferedImage image = scene.photo().toBufferedImage();
        Graphics2D g = image.createGraphics();
        g.setStroke(new BasicStroke(1.5f));
        for (int pass = 0; pass < 2; pass++) {
            g.setColor(pass == 0 ? Color.GREEN : Color.RED);
            List<CoinEllipse> rims = pass == 0 ? scene.coins().stream().map(PlacedCoin::rim).toList()
                    : read.coins().stream().map(coin -> coin.place().rim()).toList();
            for (CoinEllipse rim : rims) {
                g.draw(rim.shape());
                g.fill(new Ellipse2D.Double(rim.centerX() - 1.5, rim.centerY() - 1.5, 3, 3));
            }
        }
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, CoinAnnotator.encode(image, "png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts one scene; whether a coin laid was not found. */
    private static boolean tally(DesignIndex index, TableScene scene, CoinsInPhoto read, Counts counts) {
        boolean[] used = new boolean[read.coins().size()];
        int matched = 0;
        for (PlacedCoin placed : scene.coins()) {
            counts.coins.incrementAndGet();
            CoinInPhoto match = null;
            for (int i = 0; i < used.length && match == null; i++) {
                FoundCoin found = read.coins().get(i).place();
                if (!used[i] && Math.hypot(found.centerX() - placed.rim().centerX(), found.centerY() - placed.rim().centerY())
                        <= 0.05 * placed.rim().semiMajor()) {
                    used[i] = true;
                    match = read.coins().get(i);
                }
            }
            if (match != null) {
                counts.found.incrementAndGet();
                matched++;
            }
            String label = placed.label();
            if (match == null) {
                double nearest = read.coins().stream().mapToDouble(coin -> Math.hypot(coin.place().centerX()
                        - placed.rim().centerX(), coin.place().centerY() - placed.rim().centerY())).min().orElse(Double.NaN);
                counts.lost.add(String.format(Locale.ROOT, "scene %s %s: radius %.0f px, axis ratio %.2f%s, not found "
                                + "(the nearest coin found %.2f of its radius away)", read.photo(), label,
                        placed.rim().semiMajor(), placed.rim().semiMinor() / placed.rim().semiMajor(),
                        placed.partial() ? String.format(Locale.ROOT, ", partial (%.0f%% of its rim in the frame)",
                                100 * inFrame(placed.rim())) : "", nearest / placed.rim().semiMajor()));
            }
            if (OTHER_COINS.containsKey(label)) {
                counts.others.incrementAndGet();
                if (match != null && match.known()) {
                    counts.othersNamed.incrementAndGet();
                }
            } else if (label.equals(COMMON)) {
                counts.common.incrementAndGet();
                if (match != null && match.side() == Side.COMMON) {
                    counts.commonTold.incrementAndGet();
                }
            } else if (!placed.partial()) {
                String design = Tally.designOf(index.catalog().byId(label).orElseThrow());
                boolean right = match != null && match.known()
                        && match.identification().orElseThrow().best().design().equals(design);
                counts.national.incrementAndGet();
                if (!right) {
                    counts.misses.add(String.format(Locale.ROOT, "scene %s %s: radius %.0f px, axis ratio %.2f, %s",
                            read.photo(), label, placed.rim().semiMajor(), placed.rim().semiMinor() / placed.rim().semiMajor(),
                            match == null ? "not found" : !match.twoEuro() ? "not taken for a 2-euro coin"
                                    : String.format(Locale.ROOT, "%s %s (score %.2f)", match.known() ? "named" : "unknown",
                                    match.identification().orElseThrow().best().design(),
                                    match.identification().orElseThrow().score())));
                }
                if (right) {
                    counts.nationalRight.incrementAndGet();
                } else if (match == null) {
                    counts.nationalNotFound.incrementAndGet();
                } else if (!match.twoEuro()) {
                    counts.nationalNotTwoEuro.incrementAndGet();
                } else if (!match.known()) {
                    counts.nationalUnknown.incrementAndGet();
                } else {
                    counts.nationalWrong.incrementAndGet();
                }
                if (NAMEABLE.computeIfAbsent(label, id -> namesItsOwnPicture(index, id, design))) {
                    counts.nameable.incrementAndGet();
                    if (right) {
                        counts.nameableRight.incrementAndGet();
                    }
                }
            }
        }
        counts.extra.addAndGet(read.coins().size() - matched);
        return matched < scene.coins().size();
    }

    /** The share of 360 points spread round {@code rim} (a degree apart on the untilted coin) that lie inside the photo. */
    private static double inFrame(CoinEllipse rim) {
        int inside = 0;
        for (int i = 0; i < 360; i++) {
            double u = rim.semiMajor() * Math.cos(Math.toRadians(i));
            double v = rim.semiMinor() * Math.sin(Math.toRadians(i));
            double x = rim.centerX() + u * Math.cos(rim.angle()) - v * Math.sin(rim.angle());
            double y = rim.centerY() + u * Math.sin(rim.angle()) + v * Math.cos(rim.angle());
            if (x >= 0 && y >= 0 && x <= WIDTH && y <= HEIGHT) {
                inside++;
            }
        }
        return inside / 360.0;
    }

    private static final Map<String, Boolean> NAMEABLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the index names the design of {@code id} from the bundled picture of it (true for a real photo's coin too, where it has one). */
    private static boolean namesItsOwnPicture(DesignIndex index, String id, String design) {
        if (!BundledReferences.catalogIds().contains(id)) {
            return true;
        }
        var answer = index.identify(ImageSource.of(BundledReferences.picture(id)));
        return answer.known() && answer.best().design().equals(design);
    }

    /** The pictures of one folder of euro-common-side, in name order. */
    private static List<RgbImage> cropsOf(Path folder, ImageDecoder decoder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jpg")).sorted().map(decoder::decode).toList();
        }
    }

    /**
     * A picture of a 2-euro coin, its rim found as the index finds it: where core and ring are
     * of one colour, the locator for cropped coins of one metal can take the core for the coin.
     */
    private static CoinPicture twoEuroCoin(String label, RgbImage picture) {
        return new CoinPicture(label, picture, CoinLocator.forTwoEuroCoins().locate(picture), CoinPicture.TWO_EURO_MM);
    }
}
