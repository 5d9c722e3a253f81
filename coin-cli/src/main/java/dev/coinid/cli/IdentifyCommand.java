package dev.coinid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.error.CoinIdException;

import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;

import dev.coinid.match.CoinAnnotator;
import dev.coinid.match.CoinInPhoto;
import dev.coinid.match.CoinsInPhoto;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import picocli.CommandLine.Command;
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

/**
 * {@code coinid identify <photo>... [--index <dir>] [--tilted] [--accept-at S] [--json] [--top N]}: tells for each photo which
 * 2-euro design it shows (commemorative or regular, country, year, theme, mintage, rarity), or
 * that it shows none of them, from the bundled index of every 2-euro design unless
 * {@code --index} names one built by {@code coinid index}. A photo that cannot be read is reported
 * and the others are still identified; the exit code is then 1.
 *
 * <p>With {@code --json}, one JSON array with one object per photo, in argument order:
 * {@code photo, known, side ("national", "common": turn the coin over, or null), catalogId, design,
 * score, commemorative, country, countries, year, theme,
 * mintage (coins struck for circulation), rarity (rank by lowest mintage of all qualities),
 * candidates [{catalogId, design, score}]}, or {@code photo, error}. Facts not known are null:
 * all of them for an unknown photo; {@code catalogId}, {@code country}, {@code mintage} and
 * {@code rarity} for a common issue whose country the photo did not settle, when {@code countries}
 * lists the possible ones, likeliest first (otherwise it holds the coin's country alone).
 *
 * <p>With {@code --all-coins}, every coin of each photo is found and told (a 2-euro national
 * side by its design, a common side, or not a 2-euro coin), one line per coin, and each photo's
 * JSON object gains {@code coins} ({@link IdentifyJson}); {@code --annotate <dir>} draws each
 * photo's answer ({@link CoinAnnotator}).
 */
@Command(name = "identify", sortOptions = false,
        description = {"Tells which 2-euro design each photo shows, or that it shows none of them.",
            "Uses the bundled index of every 2-euro design unless --index names one built by 'coinid index'.",
            "With --all-coins, finds every coin in each photo and tells each one."})
final class IdentifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<photo>", description = "Photos to identify.")
    List<Path> photos;

    @Option(names = "--index", paramLabel = "<index-dir>",
            description = "An index saved by 'coinid index'. Default: the bundled index of every 2-euro design.")
    Path indexDirectory;

    @Option(names = "--tilted", description = {"The photos may show the coin at a slant (on a table, up to about 45 "
            + "degrees, any direction): find its rim as an ellipse too and undo a close-up's perspective. "
            + "About 2.5 times slower."})
    boolean tilted;

    @Option(names = "--accept-at", paramLabel = "<score>",
            description = {"The score (0..1) from which the best design is accepted. Default: the index's (the bundled "
                + "index's is 0.5); higher refuses more right answers and accepts fewer wrong ones."})
    Double acceptAt;

    @Option(names = "--json", description = "Print one JSON array instead of text.")
    boolean json;

    @Option(names = "--top", defaultValue = "5", paramLabel = "<n>",
            description = "How many candidates to list per photo (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--all-coins", description = {"Find every coin in each photo (a purse emptied on a table): where it "
            + "lies, whether it can be a 2-euro coin, and the side and design of each 2-euro coin."})
    boolean allCoins;

    @Option(names = "--annotate", paramLabel = "<dir>", description = {"With --all-coins: write into <dir> a copy of "
            + "each photo with every coin outlined and labelled, named <photo>-coins.png."})
    Path annotateDirectory;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        DesignIndex index = (indexDirectory == null ? DesignIndex.bundled() : DesignIndex.load(indexDirectory))
                .withCandidates(top).withTiltCorrection(tilted);
        if (acceptAt != null) {
            try {
                index = index.withAcceptAt(acceptAt);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--accept-at: " + e.getMessage());
            }
        }
        if (annotateDirectory != null && !allCoins) {
            throw new ParameterException(spec.commandLine(), "--annotate needs --all-coins");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArrayNode report = Json.MAPPER.createArrayNode();
        int failures = 0;
        if (allCoins) {
            for (Path photo : photos) {
                try {
                    identifyEvery(index, photo, report, out);
                } catch (CoinIdException e) {
                    failures++;
                    FailureReport.reportPhoto(photo.toString(), e, json ? report : null, err);
                }
            }
        } else {
            // the batch call: both cores, and one answer or one error per photo, in order
            for (Outcome<Identification> outcome : index.identifyAll(photos.stream().map(ImageSource::of).toList())) {
                if (!outcome.succeeded()) {
                    failures++;
                    FailureReport.reportPhoto(outcome.photo(), outcome.error().orElseThrow(), json ? report : null, err);
                } else if (json) {
                    report.add(IdentifyJson.of(outcome.photo(), outcome.orElseThrow(), index.catalog()));
                } else {
                    out.println(outcome.photo() + ": " + outcome.orElseThrow().describe());
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
     * Every coin of one photo: the photo decoded once, identified as a photo of one coin (its
     * main coin) and coin by coin, annotated where asked; printed as text or added to the report.
     */
    private void identifyEvery(DesignIndex index, Path photo, ArrayNode report, PrintWriter out) {
        EveryCoinAnswer answer = EveryCoinAnswer.of(index, ImageSource.of(photo));
        CoinsInPhoto coins = answer.coins();
        Path annotated = null;
        if (annotateDirectory != null) {
            annotated = annotateDirectory.resolve(annotatedName(photo));
            CoinAnnotator.write(answer.image(), coins, annotated);
        }
        if (json) {
            ObjectNode node = answer.toJson(index);
            if (annotated != null) {
                node.put("annotated", annotated.toString());
            }
            report.add(node);
            return;
        }
        out.println(photo + ": " + coins.coins().size() + (coins.coins().size() == 1 ? " coin" : " coins")
                + (annotated == null ? "" : ", drawn in " + annotated));
        for (int i = 0; i < coins.coins().size(); i++) {
            CoinInPhoto coin = coins.coins().get(i);
            out.printf(Locale.ROOT, "  %d at (%.0f, %.0f), radius %.0f%s: %s%n", i + 1, coin.place().centerX(),
                    coin.place().centerY(), coin.place().radius(), coin.place().partial() ? ", partly outside" : "",
                    coin.describe());
        }
    }

    /** {@code table.jpg} is drawn as {@code table-coins.png}. */
    static String annotatedName(Path photo) {
        String name = photo.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-coins.png";
    }
}
