package dev.coinid.examples;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.CatalogMatch;
import dev.coinid.catalog.CatalogLookup;
import dev.coinid.catalog.LabelMapping;
import dev.coinid.classification.Classification;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.model.CoinClassifier;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * From photos to a collector's answer: load a saved model, classify photos in one batch, and
 * join each label to the 2-euro catalog: is it a commemorative, what does it commemorate, how
 * many were struck, and which other coins its country issued that year.
 *
 * <p>Run: {@code java -cp coin-cli/target/coinid.jar:examples/target/examples-0.1.0-SNAPSHOT.jar dev.coinid.examples.ClassifyWithCatalog
 * <model-dir> <photo>...}. Labels are mapped to catalog ids by the original experiment's
 * mapping; build your own with {@code LabelMapping.builder().map("my-label", "catalog-id")}.
 */
public final class ClassifyWithCatalog {

    private ClassifyWithCatalog() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ClassifyWithCatalog <model-dir> <photo>...");
            System.exit(2);
        }
        List<Path> photos = Arrays.stream(args).skip(1).map(Path::of).toList();
        CoinCatalog catalog = CoinCatalog.bundled();
        for (Outcome<CatalogMatch> outcome : identify(Path.of(args[0]), photos, catalog, LabelMapping.seedClasses())) {
            if (!outcome.succeeded()) { // a photo that could not be read costs its own answer only
                System.out.println(outcome.photo() + ": " + outcome.error().orElseThrow().getMessage());
                continue;
            }
            CatalogMatch coin = outcome.orElseThrow();
            System.out.printf("%s: %s (%.1f%%)%n", coin.photo(), coin.label(), 100 * coin.confidence());
            System.out.println("  " + coin.describe());
            coin.coin().ifPresent(entry -> {
                System.out.println("  commemorative: " + (entry.isCommemorative() ? "yes" : "no"));
                entry.jointIssue().ifPresent(joint -> System.out.println("  part of the joint issue " + joint.theme()));
                List<String> sameYear = catalog.byCountryAndYear(entry.countryCode(), entry.year()).stream()
                        .filter(other -> !other.id().equals(entry.id()))
                        .map(CatalogEntry::theme)
                        .toList();
                if (!sameYear.isEmpty()) {
                    System.out.println("  also from " + entry.countryName() + " in " + entry.year() + ": " + sameYear);
                }
            });
        }
    }

    /**
     * Classifies {@code photos} in one batch with the model saved in {@code modelDir} and looks each
     * label up in {@code catalog}; one outcome per photo, in order: its answer, or why it has none.
     */
    public static List<Outcome<CatalogMatch>> identify(Path modelDir, List<Path> photos, CoinCatalog catalog,
                                                              LabelMapping mapping) {
        CatalogLookup lookup = CatalogLookup.of(catalog, mapping); // fails early on ids the catalog lacks
        try (CoinClassifier model = CoinClassifier.load(modelDir)) {
            List<Outcome<Classification>> results = model.classifyAll(photos.stream().map(ImageSource::of).toList());
            return results.stream().map(result -> result.succeeded()
                    ? Outcome.of(result.photo(), lookup.lookUp(result.orElseThrow()))
                    : Outcome.<CatalogMatch>failed(result.photo(), result.error().orElseThrow())).toList();
        }
    }
}
