package dev.coinid.research;

import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.image.RgbImage;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.match.Side;
import dev.coinid.synthetic.TiltedCamera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The stages of identification side by side, with the bundled index ({@link DesignIndex#bundled()}):
 * tilt rectification off and on ({@code withTiltCorrection}), each with the shortlist's own
 * decision and with the verified shortlist ({@code withVerification}). Asked of the 51 collector
 * photos of euro2-commemorative-photos as taken and as a camera 12 cm away sees them tilted by 30
 * and 45 degrees about four axes, every other photo the other way ({@link TiltedCamera}: eight
 * directions in all), of the 1,200
 * common-side photos and of 100 generated pictures with no coin. Prints one row per stage: the
 * share of photos whose right design is accepted, and how many of the pictures of no indexed
 * design are accepted as a design.
 *
 * <pre>
 * mvn -Dmaven.repo.local=... -B -ntp -q install -DskipTests -pl coin-references,coin-research -am
 * mvn -Dmaven.repo.local=... -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.StageEvaluation [-Dexec.args="../shared/datasets"]
 * </pre>
 *
 * <p>{@code -Dcoinid.every=N} asks only every N-th photo of each set (a quick look),
 * {@code -Dcoinid.sideEvery=N} every N-th common-side photo (default: as {@code every}),
 * {@code -Dcoinid.rectify=off} or {@code on} only those rows, {@code -Dcoinid.listErrors=true}
 * lists the negatives accepted.
 */
public final class StageEvaluation {

    private static final int LONGEST_SIDE = 800;
    private static final int[] AXES = {0, 45, 90, 135};

    private StageEvaluation() {
    }

    /**
     * One set of queries: the photos (decoded, or files decoded when asked, to keep the memory of
     * 1,200 photos free) and the design each shows (null: none of the index's).
     */
    private record QuerySet(String name, List<RgbImage> photos, List<Path> files, List<String> designs) {

        List<Identification> askedOf(DesignIndex index) {
            return photos != null ? photos.parallelStream().map(ImageSource::of).map(index::identify).toList()
                    : index.identifyAll(files.stream().map(ImageSource::of).toList()).stream().map(Outcome::orElseThrow)
                    .toList();
        }
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path datasets = DatasetsFolder.of(args);
        int every = Integer.getInteger("coinid.every", 1);
        int sideEvery = Integer.getInteger("coinid.sideEvery", every);
        String rectifying = System.getProperty("coinid.rectify", "both");
        CoinCatalog catalog = CoinCatalog.bundled();
        ImageDecoder decoder = ImageDecoder.defaults();
        LabelledPhotos collector = LabelledPhotos.read(datasets.resolve("euro2-commemorative-photos"), catalog);
        List<Integer> chosen = IntStream.range(0, collector.size()).filter(i -> i % every == 0).boxed().toList();
        List<String> designs = chosen.stream().map(i -> Tally.designOf(collector.coins().get(i))).toList();
        List<RgbImage> photos = chosen.parallelStream()
                .map(i -> LongestSide.atMost(LONGEST_SIDE, decoder.decode(collector.files().get(i)))).toList();
        List<QuerySet> sets = new ArrayList<>();
        sets.add(new QuerySet("collector photos", photos, null, designs));
        CoinLocator circles = CoinLocator.forTwoEuroCoins();
        List<CoinOutline> coins = photos.parallelStream().map(circles::locate).toList();
        for (int tilt : new int[] {30, 45}) {
            List<RgbImage> views = new ArrayList<>();
            List<String> viewDesigns = new ArrayList<>();
            for (int axis : AXES) {
                // every other photo tilted the other way about the axis: its other half nearer the camera
                views.addAll(IntStream.range(0, photos.size()).parallel()
                        .mapToObj(i -> new TiltedCamera(tilt, axis + 180 * (i % 2), TiltedCamera.CLOSE_UP_MM)
                                .view(photos.get(i), coins.get(i))).toList());
                viewDesigns.addAll(designs);
            }
            sets.add(new QuerySet("tilted " + tilt + " degrees", views, null, viewDesigns));
        }
        List<Path> commonSides;
        try (Stream<Path> files = Files.walk(datasets.resolve("euro-common-side"))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
            commonSides = IntStream.range(0, all.size()).filter(i -> i % sideEvery == 0).mapToObj(all::get).toList();
        }
        sets.add(new QuerySet("common-side photos", null, commonSides, null));
        Random random = new Random(7);
        List<RgbImage> noCoin = new ArrayList<>();
        for (int i = 0; i < 100; i += every) {
            noCoin.add(NoCoinPictures.draw(random, 400, 300));
        }
        sets.add(new QuerySet("pictures with no coin", noCoin, null, null));
        System.out.printf(Locale.ROOT, "queries ready in %.0f s%n%n", (System.nanoTime() - start) / 1e9);

        System.out.println("| rectify | decision | collector photos: right accepted | tilted 30: right accepted"
                + " | tilted 45: right accepted | common sides: accepted as a design (told common) | no coin: accepted |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<String> errors = new ArrayList<>();
        for (boolean rectify : new boolean[] {false, true}) {
            if (!rectifying.equals("both") && rectify != rectifying.equals("on")) {
                continue;
            }
            for (boolean verify : new boolean[] {false, true}) {
                long stage = System.nanoTime();
                DesignIndex index = DesignIndex.bundled().withTiltCorrection(rectify).withVerification(verify);
                StringBuilder row = new StringBuilder(String.format("| %s | %s |", rectify ? "on" : "off",
                        verify ? "verified shortlist" : "shortlist score"));
                for (QuerySet set : sets) {
                    List<Identification> answers = set.askedOf(index);
                    if (set.designs() != null) {
                        long right = IntStream.range(0, answers.size())
                                .filter(i -> answers.get(i).known() && answers.get(i).best().design().equals(set.designs().get(i)))
                                .count();
                        row.append(String.format(Locale.ROOT, " %d of %d (%.3f) |", right, answers.size(),
                                (double) right / answers.size()));
                    } else {
                        long accepted = answers.stream().filter(Identification::known).count();
                        long common = answers.stream().filter(a -> a.side() == Side.COMMON).count();
                        row.append(String.format(Locale.ROOT, " %d of %d (%.4f)%s |", accepted, answers.size(),
                                (double) accepted / answers.size(), set.name().startsWith("common")
                                        ? String.format(Locale.ROOT, " (%d)", common) : ""));
                        answers.stream().filter(Identification::known).forEach(a -> errors.add(
                                (rectify ? "rectify on, " : "rectify off, ") + (verify ? "verified: " : "shortlist: ")
                                        + set.name() + ": " + a.describe()));
                    }
                }
                System.out.println(row + String.format(Locale.ROOT, " (%.0f s)", (System.nanoTime() - stage) / 1e9));
            }
        }
        if (Boolean.getBoolean("coinid.listErrors")) {
            errors.forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "%n%.0f s on %d cores%n", (System.nanoTime() - start) / 1e9,
                Runtime.getRuntime().availableProcessors());
    }
}
