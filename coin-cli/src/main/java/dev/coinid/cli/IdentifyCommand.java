package dev.coinid.cli;

import dev.coinid.image.ImageSource;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.error.CoinIdException;
import dev.coinid.match.Candidate;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.match.Side;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
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
 */
@Command(name = "identify", sortOptions = false,
        description = {"Tells which 2-euro design each photo shows, or that it shows none of them.",
            "Uses the bundled index of every 2-euro design unless --index names one built by 'coinid index'."})
public final class IdentifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<photo>", description = "Photos to identify.")
    List<Path> photos;

    @Option(names = "--index", paramLabel = "<index-dir>",
            description = "An index saved by 'coinid index'. Default: the bundled index of every 2-euro design.")
    Path indexDirectory;

    @Option(names = "--tilted", description = {"The photos may show the coin at a slant (on a table, up to about 45 "
            + "degrees): find its rim as an ellipse too. Several times slower to find the coin."})
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArrayNode report = Json.MAPPER.createArrayNode();
        int failures = 0;
        for (Path photo : photos) {
            try {
                Identification identification = index.identify(ImageSource.of(photo));
                if (json) {
                    addJson(report.addObject(), photo.toString(), identification, index.catalog());
                } else {
                    out.println(photo + ": " + identification.describe());
                }
            } catch (CoinIdException e) {
                failures++;
                String message = FailureReport.messageOf(e);
                if (json) {
                    report.addObject().put("photo", photo.toString()).put("error", message);
                } else {
                    err.println("coinid: " + message);
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
     * Writes one photo's answer into {@code node}: the object {@code --json} prints for it (the class comment lists
     * its fields), which {@code coinid serve}'s {@code POST /api/identify} answers too.
     */
    public static void addJson(ObjectNode node, String photo, Identification identification, CoinCatalog catalog) {
        Candidate best = identification.best();
        CatalogEntry coin = identification.coin().orElse(null);
        // the design's facts (kind, year, theme) are every issuer's; the country, mintage and rarity are the coin's
        CatalogEntry design = identification.likeliestCoin().orElse(null);
        node.put("photo", photo);
        node.put("known", identification.known());
        node.put("side", identification.side() == Side.UNKNOWN ? null
                : identification.side().name().toLowerCase(java.util.Locale.ROOT));
        node.put("catalogId", coin == null ? null : coin.id());
        node.put("design", best.design());
        node.put("score", best.score());
        node.put("commemorative", design == null ? null : design.isCommemorative());
        node.put("country", coin == null ? null : coin.countryName());
        ArrayNode countries = node.putArray("countries");
        // the coin's country where it was told, else every country that may have struck it, likeliest first
        (coin != null ? List.of(coin) : identification.issuers()).forEach(issuer -> countries.add(issuer.countryName()));
        node.put("year", design == null ? null : design.year());
        node.put("theme", design == null ? null : design.theme());
        OptionalLong mintage = coin == null ? OptionalLong.empty() : coin.circulatedMintage();
        OptionalInt rarity = coin == null ? OptionalInt.empty() : catalog.rarityOf(coin).rank();
        node.put("mintage", mintage.isPresent() ? mintage.getAsLong() : null);
        node.put("rarity", rarity.isPresent() ? rarity.getAsInt() : null);
        ArrayNode candidates = node.putArray("candidates");
        for (Candidate candidate : identification.candidates()) {
            candidates.addObject().put("catalogId", candidate.catalogId()).put("design", candidate.design())
                    .put("score", candidate.score());
        }
    }
}
