package dev.coinid.research;

import dev.coinid.image.Outcome;
import dev.coinid.image.ImageSource;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.synthetic.TiltedCamera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures what tilt correction does for identification with the bundled index
 * ({@link DesignIndex#bundled()}): the 51 collector photos of euro2-commemorative-photos as taken,
 * and as a camera 12 cm from the coin would see them with the coin tilted by 30 and by 45 degrees
 * about axes at 0, 45, 90 and 135 degrees, every other photo the other way about its axis
 * ({@link TiltedCamera}); each identified with tilt
 * correction off and on ({@code DesignIndex.withTiltCorrection}). Then the 1,200 photos
 * of euro-common-side, which must all be called unknown, with correction on.
 *
 * <pre>
 * mvn -Dmaven.repo.local=... -B -ntp -q install -DskipTests -pl coin-references,coin-research -am
 * mvn -Dmaven.repo.local=... -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.TiltEvaluation [-Dexec.args="../shared/datasets"]
 * </pre>
 *
 * <p>Photos are shrunk to at most {@value #LONGEST_SIDE} pixels before they are tilted, so that
 * tilting them costs little. A design counts as right as {@link Tally} counts it: the common
 * issue's theme for a coin of one, else the catalog id.
 */
public final class TiltEvaluation {

    private static final int LONGEST_SIDE = 800;
    private static final int[] TILTS = {0, 30, 45};
    private static final int[] AXES = {0, 45, 90, 135};

    private TiltEvaluation() {
    }

    /** The counts of one group of queries: how many, right design first, right design first and called known. */
    private static final class Counts {
        int n;
        int first;
        int accepted;

        void add(String design, Identification id) {
            n++;
            if (id.best().design().equals(design)) {
                first++;
                if (id.known()) {
                    accepted++;
                }
            }
        }

        String cells() {
            return String.format(Locale.ROOT, "%d (%.0f%%) | %d (%.0f%%)", first, 100.0 * first / n, accepted,
                    100.0 * accepted / n);
        }
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path datasets = DatasetsFolder.of(args);
        CoinCatalog catalog = CoinCatalog.bundled();
        LabelledPhotos collector = LabelledPhotos.read(datasets.resolve("euro2-commemorative-photos"), catalog);
        List<String> designs = collector.coins().stream().map(Tally::designOf).toList();
        DesignIndex index = DesignIndex.bundled();
        ImageDecoder decoder = ImageDecoder.defaults();
        CoinLocator circles = CoinLocator.forTwoEuroCoins();
        List<RgbImage> photos = collector.files().parallelStream().map(f -> LongestSide.atMost(LONGEST_SIDE, decoder.decode(f))).toList();
        List<CoinOutline> coins = photos.parallelStream().map(circles::locate).toList();

        System.out.println("| tilt | axis | n | off: right design first | off: right and known"
                + " | on: right design first | on: right and known |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int tilt : TILTS) {
            Counts off = new Counts();
            Counts on = new Counts();
            for (int axis : tilt == 0 ? new int[] {0} : AXES) {
                // every other photo tilted the other way about the axis: its other half nearer the camera
                List<RgbImage> views = IntStream.range(0, photos.size()).parallel()
                        .mapToObj(i -> tilt == 0 ? photos.get(i) : new TiltedCamera(tilt, axis + 180 * (i % 2),
                                TiltedCamera.CLOSE_UP_MM).view(photos.get(i), coins.get(i))).toList();
                Counts axisOff = new Counts();
                Counts axisOn = new Counts();
                for (boolean rectify : new boolean[] {false, true}) {
                    DesignIndex asked = index.withTiltCorrection(rectify);
                    List<Identification> answers = views.parallelStream().map(ImageSource::of).map(asked::identify).toList();
                    for (int i = 0; i < answers.size(); i++) {
                        (rectify ? axisOn : axisOff).add(designs.get(i), answers.get(i));
                        (rectify ? on : off).add(designs.get(i), answers.get(i));
                    }
                }
                System.out.printf(Locale.ROOT, "| %d | %s | %d | %s | %s |%n", tilt, tilt == 0 ? "-" : axis + "/" + (axis + 180),
                        axisOff.n, axisOff.cells(), axisOn.cells());
            }
            if (tilt != 0) {
                System.out.printf(Locale.ROOT, "| **%d** | all | %d | %s | %s |%n", tilt, off.n, off.cells(), on.cells());
            }
        }

        List<Path> commonSides;
        try (Stream<Path> files = Files.walk(datasets.resolve("euro-common-side"))) {
            commonSides = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        List<String> falseAccepts = new ArrayList<>();
        index.withTiltCorrection(true).identifyAll(commonSides.stream().map(ImageSource::of).toList()).stream()
                .map(Outcome::orElseThrow).filter(Identification::known)
                .forEach(id -> falseAccepts.add(id.photo() + ": " + id.describe()));
        System.out.printf(Locale.ROOT, "%ncommon-side photos called known with tilt correction on: %d of %d%n",
                falseAccepts.size(), commonSides.size());
        falseAccepts.forEach(line -> System.out.println("  " + line));
        System.out.printf(Locale.ROOT, "%n%.0f s on %d cores%n", (System.nanoTime() - start) / 1e9,
                Runtime.getRuntime().availableProcessors());
    }
}
