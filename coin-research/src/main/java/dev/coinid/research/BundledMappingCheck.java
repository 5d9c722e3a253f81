package dev.coinid.research;

import dev.coinid.image.Outcome;
import dev.coinid.image.ImageSource;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.ImageDecoder;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.references.BundledReferences;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks the bundled pictures' mapping (coin-references' references.tsv) against independent
 * pictures: each picture of the development galleries whose coin has a bundled picture is
 * identified with the bundled index, and every one whose best design is not its own is listed
 * with the bundled picture it should have matched (its {@code ocd_picture}): a wrong mapping, or
 * a match that failed, to be told apart by eye. Also prints, for each, the pixel correlation of
 * the gallery picture and the bundled picture ({@link OpenCoinDataCopies#correlation}).
 *
 * <pre>
 * mvn -Dmaven.repo.local=... -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.BundledMappingCheck [-Dexec.args="../shared/datasets"]
 * </pre>
 */
public final class BundledMappingCheck {

    private static final String TABLE = "/dev/coinid/references/references.tsv";

    private BundledMappingCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path datasets = DatasetsFolder.required(args);
        long start = System.nanoTime();
        CoinCatalog catalog = CoinCatalog.bundled();
        Map<String, String> ocdPicture = ocdPictures();
        List<Path> pictures;
        try (Stream<Path> files = Stream.concat(Files.list(datasets.resolve("euro2-commemorative-gallery")),
                Files.list(datasets.resolve("euro2-regular-gallery")))) {
            pictures = files.filter(p -> p.toString().endsWith(".jpg"))
                    .filter(p -> !ocdPicture.getOrDefault(idOf(p), "").isEmpty()).sorted().toList();
        }
        DesignIndex bundled = DesignIndex.bundled();
        List<Identification> answers = bundled.identifyAll(pictures.stream().map(ImageSource::of).toList()).stream().map(Outcome::orElseThrow).toList();
        int agreeing = 0;
        System.out.println("| gallery picture | its design | bundled best design (score) | its own design's rank"
                + " | pixel correlation with its bundled picture | bundled ocd_picture |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 0; i < pictures.size(); i++) {
            String id = idOf(pictures.get(i));
            CatalogEntry coin = catalog.byId(id).orElseThrow();
            String design = Tally.designOf(coin);
            Identification answer = answers.get(i);
            if (answer.best().design().equals(design)) {
                agreeing++;
                continue;
            }
            int rank = answer.candidates().stream().map(c -> c.design()).toList().indexOf(design) + 1;
            double correlation = OpenCoinDataCopies.correlation(
                    ImageDecoder.defaults().decode(pictures.get(i)), BundledReferences.picture(id));
            System.out.printf(Locale.ROOT, "| %s | %s | %s (%.2f%s) | %s | %.3f | %s |%n", pictures.get(i).getFileName(),
                    design, answer.best().design(), answer.best().score(), answer.known() ? "" : ", unknown",
                    rank == 0 ? "not in top " + answer.candidates().size() : String.valueOf(rank), correlation,
                    ocdPicture.get(id));
        }
        int skipped = countPictures(datasets) - pictures.size();
        System.out.printf(Locale.ROOT, "%n%d gallery pictures checked (%d more have no bundled picture), %d agree,"
                        + " %d disagree (%.0f s)%n", pictures.size(), skipped, agreeing, pictures.size() - agreeing,
                (System.nanoTime() - start) / 1e9);
    }

    private static String idOf(Path picture) {
        String name = picture.getFileName().toString();
        return name.substring(0, name.length() - ".jpg".length());
    }

    private static int countPictures(Path datasets) throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(datasets.resolve("euro2-commemorative-gallery")),
                Files.list(datasets.resolve("euro2-regular-gallery")))) {
            return (int) files.filter(p -> p.toString().endsWith(".jpg")).count();
        }
    }

    /** The column ocd_picture of references.tsv by catalog id (empty where the coin has no picture). */
    private static Map<String, String> ocdPictures() throws IOException {
        Map<String, String> pictures = new HashMap<>();
        try (InputStream in = BundledReferences.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the class path (coin-references)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t", -1);
                pictures.put(fields[0], fields.length > 2 ? fields[2] : "");
            }
        }
        return pictures;
    }
}
