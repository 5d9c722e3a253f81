package dev.coinid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CatalogLookup;
import dev.coinid.catalog.CatalogMatch;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.LabelMapping;
import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.model.CoinClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code coinid classify <model> <image>...}: tells which coin each photo shows, how sure the
 * model is, whether it is a commemorative 2-euro coin and its catalog facts; as text for people
 * or as JSON for scripts. A photo that cannot be read is reported and skipped, and the exit code
 * is then 1.
 */
@Command(name = "classify", sortOptions = false,
        description = {"Tells which coin each photo shows, whether it is a commemorative 2-euro coin, and its "
                + "catalog facts.",
            "Class labels are looked up in the catalog through --mapping, or else through the original "
                    + "experiment's mapping (Altamira, Atenas, Francia, Vaticano)."})
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<model>", description = "A model directory saved by 'coinid train'.")
    Path model;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<image>", description = "Photos to classify.")
    List<Path> images;

    @Option(names = "--json", description = "Print a JSON array instead of text.")
    boolean json;

    @Option(names = "--mapping", paramLabel = "<file.json>",
            description = "A JSON object of class label to catalog id, e.g. {\"Atenas\": "
                    + "\"gr-2004-olympic-games-in-athens-2004\"}. Default: the original experiment's four classes.")
    Path mapping;

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Option(names = "--top", defaultValue = "5", paramLabel = "<n>",
            description = "How many labels to list per photo (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        CatalogLookup lookup = CatalogLookup.of(
                catalog.read(),
                mapping == null ? LabelMapping.seedClasses() : LabelMapping.read(mapping));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CoinCatalog coins = lookup.catalog();
        ArrayNode report = Json.MAPPER.createArrayNode();
        int failures = 0;
        try (CoinClassifier classifier = CoinClassifier.load(model)) {
            // the batch call: decoding on both cores while the network runs, one answer or one error per photo
            for (Outcome<Classification> outcome : classifier.classifyAll(images.stream().map(ImageSource::of).toList())) {
                if (!outcome.succeeded()) {
                    failures++;
                    FailureReport.reportPhoto(outcome.photo(), outcome.error().orElseThrow(), json ? report : null, err);
                    continue;
                }
                CatalogMatch coin = lookup.lookUp(outcome.orElseThrow().withTopK(top));
                if (json) {
                    addJson(report.addObject(), outcome.photo(), coin, coins);
                } else {
                    printText(coin, out);
                }
            }
        }
        if (json) {
            out.println(report.toPrettyString());
        }
        out.flush();
        err.flush();
        return failures == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /**
     * One photo's object: {@code photo, label, confidence, top [{label, probability}], catalogId,
     * commemorative, country, year, theme, mintage, rarity}, the facts named and meant as
     * {@code identify} names them; null where the label is not in the catalog.
     */
    private static void addJson(ObjectNode node, String photo, CatalogMatch coin, CoinCatalog catalog) {
        node.put("photo", photo);
        node.put("label", coin.label());
        node.put("confidence", coin.confidence());
        ArrayNode ranking = node.putArray("top");
        coin.topK().forEach(score -> ranking.addObject().put("label", score.label()).put("probability", score.probability()));
        CatalogEntry entry = coin.coin().orElse(null);
        node.put("catalogId", entry == null ? null : entry.id());
        CatalogEntryJson.putFacts(node, entry, entry, catalog);
    }

    private void printText(CatalogMatch coin, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %s (%.1f%%)%n", coin.photo(), coin.label(), 100 * coin.confidence());
        out.println("  " + coin.describe());
        if (coin.isInCatalog()) {
            out.println("  commemorative: " + (coin.isCommemorative() ? "yes" : "no")
                    + ", catalog id " + coin.coin().orElseThrow().id());
        }
        List<LabelScore> ranking = coin.topK();
        if (ranking.size() > 1) {
            out.println("  top " + ranking.size() + ": " + ranking.stream()
                    .map(s -> String.format(Locale.ROOT, "%s %.1f%%", s.label(), 100 * s.probability()))
                    .collect(Collectors.joining(", ")));
        }
    }
}
