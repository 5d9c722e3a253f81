package dev.coinid.research;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.RgbImage;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures identification on the development data: the index is built from both 2-euro galleries
 * and asked about (a) the collector photos of commemoratives, with and without the ones that may
 * share the reference's source photograph, (b) each picture of a euro-area common issue held out
 * of the index and identified from its design's other countries, (c) the 1,200 common-side photos
 * and generated pictures with no coin, which must be called unknown.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests
 * mvn -B -ntp -q -pl coin-research exec:java [-Dexec.args="../shared/datasets"]
 * </pre>
 */
public final class IdentificationEvaluation {

    private IdentificationEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path datasets = Path.of(args.length > 0 ? args[0] : "../shared/datasets").toAbsolutePath().normalize();
        if (!Files.isDirectory(datasets)) {
            System.err.println(datasets + ": development data not found (pass the datasets folder as the argument)");
            System.exit(1);
        }
        CoinCatalog catalog = CoinCatalog.bundled();
        long start = System.nanoTime();
        String cache = System.getProperty("coinid.indexCache");
        DesignIndex index = cache != null && Files.isDirectory(Path.of(cache)) ? DesignIndex.load(Path.of(cache))
                : DesignIndex.builder().build(List.of(datasets.resolve("euro2-commemorative-gallery"),
                datasets.resolve("euro2-regular-gallery")));
        if (cache != null) {
            index.save(Path.of(cache));
        }
        System.out.printf(Locale.ROOT, "index: %d pictures, %d designs, built in %.1f s%n", index.size(),
                index.designs().size(), seconds(start));

        Tally all = new Tally("commemorative photos, all 51");
        Tally noCopies = new Tally("commemorative photos, not possible copies");
        Tally heldOut = new Tally("common-issue pictures held out");
        start = System.nanoTime();
        List<String> labels = Files.readAllLines(datasets.resolve("euro2-commemorative-photos/labels.tsv"));
        List<String[]> rows = labels.subList(1, labels.size()).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
        List<Identification> photos = index.identifyAll(rows.stream()
                .map(r -> datasets.resolve("euro2-commemorative-photos").resolve(r[0])).toList());
        for (int i = 0; i < rows.size(); i++) {
            CatalogEntry truth = catalog.byId(rows.get(i)[1]).orElseThrow();
            all.add(truth, photos.get(i));
            if (rows.get(i)[3].equals("no")) {
                noCopies.add(truth, photos.get(i));
            }
        }
        double perPhoto = seconds(start) / rows.size();
        for (String id : index.catalogIds()) {
            CatalogEntry truth = catalog.byId(id).orElseThrow();
            if (truth.jointIssue().isEmpty() || !truth.isCommemorative()) {
                continue;
            }
            Path picture = datasets.resolve("euro2-commemorative-gallery").resolve(id + ".jpg");
            heldOut.add(truth, index.without(id).identify(picture));
        }

        List<Path> commonSides;
        try (Stream<Path> files = Files.walk(datasets.resolve("euro-common-side"))) {
            commonSides = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        Tally negatives = new Tally("common-side photos (must be unknown)");
        index.identifyAll(commonSides).forEach(id -> negatives.add(null, id));
        Tally noCoin = new Tally("generated pictures with no coin (must be unknown)");
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            noCoin.add(null, index.identify(NoCoinPictures.draw(random, 400, 300)));
        }

        System.out.println();
        System.out.println("| queries | n | top-1 design | top-5 design | exact id | known called unknown | unknown called known |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Tally t : List.of(all, noCopies, heldOut, negatives, noCoin)) {
            System.out.println(t.row());
        }
        System.out.printf(Locale.ROOT, "%nidentify: %.0f ms per photo (batch of %d on %d cores)%n", perPhoto * 1000,
                rows.size(), Runtime.getRuntime().availableProcessors());
        if (Boolean.getBoolean("coinid.listErrors")) {
            for (Tally t : List.of(all, heldOut, negatives)) {
                t.errors.forEach(System.out::println);
            }
        }
    }

    /** Where every query's best score goes, one line each, with -Dcoinid.scores=file.tsv. */
    private static final java.io.PrintWriter SCORES = openScores();

    private static java.io.PrintWriter openScores() {
        String file = System.getProperty("coinid.scores");
        try {
            return file == null ? null : new java.io.PrintWriter(Files.newBufferedWriter(Path.of(file)), true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Counts of one group of queries. */
    private static final class Tally {
        final String name;
        int n;
        int top1;
        int top5;
        int exact;
        int knownAsUnknown;
        int unknownAsKnown;
        final List<String> errors = new ArrayList<>();

        Tally(String name) {
            this.name = name;
        }

        void add(CatalogEntry truth, Identification id) {
            n++;
            if (SCORES != null) {
                String design = truth == null ? "" : truth.jointIssue().map(j -> j.theme()).orElse(truth.id());
                SCORES.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%.5f\t%.5f\t%.5f%n", name, id.photo(), design,
                        id.best().design(), id.best().score(), id.best().correlation(),
                        id.candidates().size() > 1 ? id.candidates().get(1).score() : 0);
            }
            if (truth == null) {
                if (id.known()) {
                    unknownAsKnown++;
                    errors.add(String.format(Locale.ROOT, "  %s: called %s", id.photo(), id.describe()));
                }
                return;
            }
            String design = truth.jointIssue().map(j -> j.theme()).orElse(truth.id());
            boolean first = id.best().design().equals(design);
            if (first) {
                top1++;
            }
            if (id.candidates().stream().limit(5).anyMatch(c -> c.design().equals(design))) {
                top5++;
            }
            if (id.best().catalogId().equals(truth.id())) {
                exact++;
            }
            if (!id.known()) {
                knownAsUnknown++;
            }
            if (!first || !id.known()) {
                errors.add(String.format(Locale.ROOT, "  %s (%s): %s", id.photo(), design, id.describe()));
            }
        }

        String row() {
            if (top1 + top5 + exact + knownAsUnknown == 0 && n > 0 && name.contains("unknown")) {
                return String.format(Locale.ROOT, "| %s | %d | | | | | %.3f |", name, n, unknownAsKnown / (double) n);
            }
            return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | |", name, n, top1 / (double) n,
                    top5 / (double) n, exact / (double) n, knownAsUnknown / (double) n);
        }
    }
}
