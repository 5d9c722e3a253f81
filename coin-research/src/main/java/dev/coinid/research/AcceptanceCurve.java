package dev.coinid.research;

import dev.coinid.image.Outcome;
import dev.coinid.image.ImageSource;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The bundled index's decision at every accept score: of the photos of indexed designs, the share
 * whose right design is refused (ranked wrong, or ranked first below the score), against the share
 * of wrong answers accepted (a wrong design first at or above the score, or anything accepted for a
 * photo of no indexed design). Prints the operating points and draws the DET chart.
 *
 * <p>Positives: the 51 collector photos and the 3 regular photos of the development data;
 * negatives: the 1,200 common-side photos and 100 generated pictures with no coin.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests
 * mvn -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.AcceptanceCurve \
 *   -Dexec.args="../shared/datasets docs/identification-det.png"
 * </pre>
 */
public final class AcceptanceCurve {

    private static final double[] OPERATING_POINTS = {0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.99};
    /** Where the log axis draws "no wrong answer accepted" (in %): below one query in the 1,354. */
    private static final double NONE_DRAWN_AT = 0.03;

    private AcceptanceCurve() {
    }

    /** One query's best answer: its score, and whether it names the right design (never, for a negative). */
    private record Answer(double score, boolean right, boolean positive) {
    }

    public static void main(String[] args) throws IOException {
        Path datasets = DatasetsFolder.of(args);
        Path chart = Path.of(args.length > 1 ? args[1] : "identification-det.png");
        long start = System.nanoTime();
        CoinCatalog catalog = CoinCatalog.bundled();
        DesignIndex index = DesignIndex.bundled();
        List<Answer> answers = new ArrayList<>();
        for (String folder : List.of("euro2-commemorative-photos", "euro2-regular-photos")) {
            LabelledPhotos photos = LabelledPhotos.read(datasets.resolve(folder), catalog);
            List<Identification> ids = index.identifyAll(photos.files().stream().map(ImageSource::of).toList()).stream().map(Outcome::orElseThrow).toList();
            for (int i = 0; i < ids.size(); i++) {
                CatalogEntry truth = photos.coins().get(i);
                answers.add(new Answer(ids.get(i).score(), ids.get(i).best().design().equals(Tally.designOf(truth)), true));
            }
        }
        List<Path> commonSides;
        try (Stream<Path> files = Files.walk(datasets.resolve("euro-common-side"))) {
            commonSides = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        index.identifyAll(commonSides.stream().map(ImageSource::of).toList()).stream().map(Outcome::orElseThrow).toList().forEach(id -> answers.add(new Answer(id.score(), false, false)));
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            answers.add(new Answer(index.identify(ImageSource.of(NoCoinPictures.draw(random, 400, 300))).score(), false, false));
        }

        long positives = answers.stream().filter(Answer::positive).count();
        System.out.printf(Locale.ROOT, "%d photos of indexed designs, %d of no indexed design%n%n", positives,
                answers.size() - positives);
        System.out.println("| accept at | right design refused | wrong answers accepted |");
        System.out.println("|---|---|---|");
        for (double at : OPERATING_POINTS) {
            System.out.printf(Locale.ROOT, "| %.2f | %.3f | %.4f |%n", at, refusedRight(answers, at),
                    acceptedWrong(answers, at));
        }

        List<Double> refused = new ArrayList<>();
        List<Double> accepted = new ArrayList<>();
        for (int step = 1; step < 1000; step++) {
            double at = step / 1000.0;
            refused.add(100 * refusedRight(answers, at));
            accepted.add(Math.max(100 * acceptedWrong(answers, at), NONE_DRAWN_AT));
        }
        XYChart det = new XYChartBuilder().width(640).height(480)
                .title("Bundled index, dev photos: right refused vs wrong accepted (dot: 0.5)")
                .xAxisTitle("wrong answers accepted (%, log; none drawn at " + NONE_DRAWN_AT + ")").yAxisTitle("right design refused (%)").build();
        det.getStyler().setXAxisLogarithmic(true);
        det.getStyler().setLegendVisible(false);
        det.addSeries("accept score 0.001 .. 0.999", accepted, refused).setMarker(SeriesMarkers.NONE);
        double at = DesignIndex.DEFAULT_ACCEPT_AT;
        det.addSeries("default " + at, List.of(Math.max(100 * acceptedWrong(answers, at), NONE_DRAWN_AT)),
                List.of(100 * refusedRight(answers, at))).setMarker(SeriesMarkers.CIRCLE);
        Path parent = chart.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        BitmapEncoder.saveBitmap(det, chart.toString().replaceFirst("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
        System.out.printf(Locale.ROOT, "%nDET chart: %s (%.0f s)%n", chart, (System.nanoTime() - start) / 1e9);
    }

    /** The share of photos of indexed designs whose right design is not accepted at {@code at}. */
    private static double refusedRight(List<Answer> answers, double at) {
        long positives = answers.stream().filter(Answer::positive).count();
        long acceptedRight = answers.stream().filter(a -> a.positive() && a.right() && a.score() >= at).count();
        return 1 - acceptedRight / (double) positives;
    }

    /** The share of all queries given a wrong answer that is accepted at {@code at}. */
    private static double acceptedWrong(List<Answer> answers, double at) {
        return answers.stream().filter(a -> !a.right() && a.score() >= at).count() / (double) answers.size();
    }
}
