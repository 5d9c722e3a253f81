package dev.coinid.research;

import dev.coinid.image.Outcome;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.references.BundledReferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Measures identification on the development data with two indexes side by side: the one built
 * from both development galleries (euro2-commemorative-gallery and euro2-regular-gallery) and the
 * bundled one ({@link DesignIndex#bundled()}, one Open Coin Data picture per catalog coin). Both
 * are asked about (a) the 51 collector photos of commemoratives: all, without the ones that may
 * share the gallery's source photograph, without the copies of an Open Coin Data picture
 * ({@link OpenCoinDataCopies}, listed first with their measure) and without either; (b) the 3
 * regular photos of euro2-regular-photos; (c) each picture of a euro-area common issue held out
 * of the index and identified from its design's other countries; (d) the 1,200 common-side photos
 * and 100 generated pictures with no coin, which must be called unknown.
 *
 * <pre>
 * mvn -Dmaven.repo.local=... -B -ntp -q install -DskipTests -pl coin-references,coin-research -am
 * mvn -Dmaven.repo.local=... -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.IdentificationEvaluation [-Dexec.args="../shared/datasets"]
 * </pre>
 *
 * <p>About 6.5 minutes on 2 cores (load 3-5): 20 s to build the galleries' index, 2 minutes for
 * its queries, 4 minutes for the bundled index's (more pictures, and 90 held-out indexes).
 * {@code -Dcoinid.indexCache=dir} keeps the galleries' index between runs, {@code
 * -Dcoinid.listErrors=true} lists every query answered wrong, {@code -Dcoinid.scores=file.tsv}
 * writes every query's best score.
 */
public final class IdentificationEvaluation {

    private static final String[] GALLERIES = {"euro2-commemorative-gallery", "euro2-regular-gallery"};

    private IdentificationEvaluation() {
    }

    /** What the held-out row asks an index about one coin: its picture, identified without it. */
    private interface HeldOutQuery {
        Identification identify(DesignIndex withoutCoin, String catalogId);
    }

    public static void main(String[] args) throws IOException {
        Path datasets = DatasetsFolder.required(args);
        CoinCatalog catalog = CoinCatalog.bundled();
        LabelledPhotos collector = LabelledPhotos.read(datasets.resolve("euro2-commemorative-photos"), catalog);
        LabelledPhotos regular = LabelledPhotos.read(datasets.resolve("euro2-regular-photos"), catalog);
        List<Path> commonSides;
        try (Stream<Path> files = Files.walk(datasets.resolve("euro-common-side"))) {
            commonSides = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        List<RgbImage> noCoinPictures = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            noCoinPictures.add(NoCoinPictures.draw(random, 400, 300));
        }

        long start = System.nanoTime();
        List<OpenCoinDataCopies.Comparison> collectorCopies =
                OpenCoinDataCopies.compare(collector.files(), collector.catalogIds());
        List<OpenCoinDataCopies.Comparison> regularCopies =
                OpenCoinDataCopies.compare(regular.files(), regular.catalogIds());
        printCopies(collector, collectorCopies, regularCopies, seconds(start));

        start = System.nanoTime();
        String cache = System.getProperty("coinid.indexCache");
        DesignIndex galleries = cache != null && Files.isDirectory(Path.of(cache)) ? DesignIndex.load(Path.of(cache))
                : DesignIndex.builder().build(Stream.of(GALLERIES).map(datasets::resolve).toList());
        if (cache != null) {
            galleries.save(Path.of(cache));
        }
        System.out.printf(Locale.ROOT, "galleries index: %d pictures, %d designs, built in %.1f s%n",
                galleries.size(), galleries.designs().size(), seconds(start));
        start = System.nanoTime();
        DesignIndex bundled = DesignIndex.bundled();
        System.out.printf(Locale.ROOT, "bundled index: %d pictures, %d designs, loaded in %.1f s%n",
                bundled.size(), bundled.designs().size(), seconds(start));

        Path gallery = datasets.resolve(GALLERIES[0]);
        start = System.nanoTime();
        List<Tally> galleryRows = evaluate(galleries, catalog, collector, collectorCopies, regular, commonSides,
                noCoinPictures, (index, id) -> index.identify(ImageSource.of(gallery.resolve(id + ".jpg"))));
        System.out.printf(Locale.ROOT, "galleries index: every query set in %.0f s%n", seconds(start));
        start = System.nanoTime();
        List<Tally> bundledRows = evaluate(bundled, catalog, collector, collectorCopies, regular, commonSides,
                noCoinPictures, (index, id) -> index.identify(
                        ImageSource.memory(id + " (bundled picture)", BundledReferences.picture(id))));
        System.out.printf(Locale.ROOT, "bundled index: every query set in %.0f s%n", seconds(start));

        System.out.println();
        System.out.println("| queries | galleries: n | top-1 design | top-5 design | exact id | known called unknown"
                + " | unknown called known | common issue: country | bundled: n | top-1 design | top-5 design | exact id"
                + " | known called unknown | unknown called known | common issue: country |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < galleryRows.size(); i++) {
            System.out.printf("| %s | %s | %s |%n", galleryRows.get(i).name, galleryRows.get(i).cells(),
                    bundledRows.get(i).cells());
        }
        System.out.printf(Locale.ROOT, "%n(%d cores)%n", Runtime.getRuntime().availableProcessors());
        if (Boolean.getBoolean("coinid.listErrors")) {
            for (List<Tally> rows : List.of(galleryRows, bundledRows)) {
                System.out.println(rows == galleryRows ? "\ngalleries index, wrong answers:" : "\nbundled index, wrong answers:");
                for (Tally t : rows) {
                    if (!t.errors.isEmpty()) {
                        System.out.println(" " + t.name + ":");
                        t.errors.forEach(System.out::println);
                    }
                }
            }
        }
    }

    /** Asks {@code index} about every query set; the rows in the table's order. */
    private static List<Tally> evaluate(DesignIndex index, CoinCatalog catalog, LabelledPhotos collector,
                                        List<OpenCoinDataCopies.Comparison> copies, LabelledPhotos regular,
                                        List<Path> commonSides, List<RgbImage> noCoinPictures,
                                        HeldOutQuery heldOutQuery) {
        Tally all = new Tally("collector photos, all 51");
        Tally notGalleryPhoto = new Tally("collector photos without the possible copies of the gallery's photo");
        Tally notOpenCoinData = new Tally("collector photos without the copies of an Open Coin Data picture");
        Tally neither = new Tally("collector photos without either kind of copy");
        List<Identification> answers = index.identifyAll(collector.files().stream().map(ImageSource::of).toList()).stream().map(Outcome::orElseThrow).toList();
        for (int i = 0; i < collector.size(); i++) {
            CatalogEntry truth = collector.coins().get(i);
            boolean galleryPhoto = collector.mayShareGalleryPhoto().get(i);
            boolean openCoinData = copies.get(i).copy();
            all.add(truth, answers.get(i));
            if (!galleryPhoto) {
                notGalleryPhoto.add(truth, answers.get(i));
            }
            if (!openCoinData) {
                notOpenCoinData.add(truth, answers.get(i));
            }
            if (!galleryPhoto && !openCoinData) {
                neither.add(truth, answers.get(i));
            }
        }
        Tally regularPhotos = new Tally("regular photos (euro2-regular-photos)");
        answers = index.identifyAll(regular.files().stream().map(ImageSource::of).toList()).stream().map(Outcome::orElseThrow).toList();
        for (int i = 0; i < regular.size(); i++) {
            regularPhotos.add(regular.coins().get(i), answers.get(i));
        }

        Tally heldOut = new Tally("common-issue pictures held out of the index");
        List<CatalogEntry> commonIssue = index.catalogIds().stream().map(id -> catalog.byId(id).orElseThrow())
                .filter(c -> c.jointIssue().isPresent() && c.isCommemorative()).toList();
        List<Identification> heldOutAnswers = commonIssue.parallelStream()
                .map(c -> heldOutQuery.identify(index.without(c.id()), c.id())).toList();
        for (int i = 0; i < commonIssue.size(); i++) {
            heldOut.add(commonIssue.get(i), heldOutAnswers.get(i));
        }

        Tally negatives = new Tally("common-side photos (must be unknown)");
        index.identifyAll(commonSides.stream().map(ImageSource::of).toList()).stream().map(Outcome::orElseThrow).toList().forEach(answer -> negatives.add(null, answer));
        Tally noCoin = new Tally("generated pictures with no coin (must be unknown)");
        noCoinPictures.parallelStream().map(ImageSource::of).map(index::identify).toList().forEach(answer -> noCoin.add(null, answer));
        return List.of(all, notGalleryPhoto, notOpenCoinData, neither, regularPhotos, heldOut, negatives, noCoin);
    }

    private static void printCopies(LabelledPhotos collector, List<OpenCoinDataCopies.Comparison> collectorCopies,
                                    List<OpenCoinDataCopies.Comparison> regularCopies, double seconds) {
        System.out.printf(Locale.ROOT, "Copies of an Open Coin Data picture: each development photo against its coin's"
                + " bundled picture, pixel correlation of the located coins at the best turn (copy from %.2f up),"
                + " %.0f s%n", OpenCoinDataCopies.COPY_CORRELATION, seconds);
        System.out.println("| photo | catalog id | correlation | copy | gallery's same_photo_as_reference |");
        System.out.println("|---|---|---|---|---|");
        List<OpenCoinDataCopies.Comparison> every = new ArrayList<>(collectorCopies);
        every.addAll(regularCopies);
        every.sort(Comparator.comparingDouble((OpenCoinDataCopies.Comparison c) ->
                Double.isNaN(c.correlation()) ? -2 : c.correlation()).reversed());
        for (OpenCoinDataCopies.Comparison c : every) {
            int i = collectorCopies.indexOf(c);
            String samePhoto = i < 0 ? "(regular photo)" : collector.mayShareGalleryPhoto().get(i) ? "likely/possible" : "no";
            System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %s | %s |%n",
                    c.photo().getParent().getFileName() + "/" + c.photo().getFileName(), c.catalogId(),
                    c.correlation(), c.copy() ? "COPY" : Double.isNaN(c.correlation()) ? "no bundled picture" : "",
                    samePhoto);
        }
        long copies = every.stream().filter(OpenCoinDataCopies.Comparison::copy).count();
        System.out.printf(Locale.ROOT, "%d of %d development photos are copies of an Open Coin Data picture%n%n",
                copies, every.size());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
