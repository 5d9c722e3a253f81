package dev.coinid.research;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.match.Identification;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The counts of one group of queries asked of one index: how often the true design came first
 * and among the first five, the exact catalog id first, a known coin called unknown, and, for
 * queries with no known coin (a null truth), something called known; and for the common-issue
 * coins named by design, how often the country was told, told right, or left open with the right
 * country among the ones listed.
 */
final class Tally {

    /** Where every query's best score goes, one line each, with -Dcoinid.scores=file.tsv. */
    private static final PrintWriter SCORES = openScores();

    final String name;
    int n;
    int top1;
    int top5;
    int exact;
    int knownAsUnknown;
    int unknownAsKnown;
    int commonIssueNamed;
    int countryTold;
    int countryToldRight;
    int countryOpenListed;
    final List<String> errors = new ArrayList<>();

    Tally(String name) {
        this.name = name;
    }

    /** The design a query of {@code coin} must be identified as: its common issue's theme, else its id. */
    static String designOf(CatalogEntry coin) {
        return coin.jointIssue().map(j -> j.theme()).orElse(coin.id());
    }

    /** Counts the answer {@code id} to a query showing {@code truth}, or showing no known coin where null. */
    void add(CatalogEntry truth, Identification id) {
        n++;
        if (SCORES != null) {
            SCORES.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%.5f\t%.5f\t%.5f%n", name, id.photo(),
                    truth == null ? "" : designOf(truth), id.best().design(), id.best().score(),
                    id.best().correlation(), id.candidates().size() > 1 ? id.candidates().get(1).score() : 0);
        }
        if (truth == null) {
            if (id.known()) {
                unknownAsKnown++;
                errors.add(String.format(Locale.ROOT, "  %s: called %s", id.photo(), id.describe()));
            }
            return;
        }
        String design = designOf(truth);
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
        if (first && id.known() && truth.jointIssue().isPresent()) {
            commonIssueNamed++;
            if (id.coin().isPresent()) {
                countryTold++;
                countryToldRight += id.coin().get().id().equals(truth.id()) ? 1 : 0;
            } else if (id.issuers().contains(truth)) {
                countryOpenListed++;
            }
        }
        if (!first || !id.known()) {
            errors.add(String.format(Locale.ROOT, "  %s (%s): %s", id.photo(), design, id.describe()));
        }
    }

    /** Whether these queries show no known coin, so that only "unknown called known" applies. */
    private boolean negatives() {
        return n > 0 && top1 + top5 + exact + knownAsUnknown == 0 && name.contains("unknown");
    }

    /** The n, five rate and country cells of this tally, joined by " | ", for a table with several indexes side by side. */
    String cells() {
        if (n == 0) {
            return "0 | | | | | | ";
        }
        if (negatives()) {
            return String.format(Locale.ROOT, "%d | | | | | %.3f | ", n, unknownAsKnown / (double) n);
        }
        return String.format(Locale.ROOT, "%d | %.3f | %.3f | %.3f | %.3f | | %s", n, top1 / (double) n,
                top5 / (double) n, exact / (double) n, knownAsUnknown / (double) n, countries());
    }

    /** For the common-issue coins named by design: {@code told 8 (8 right), open 5 (5 listed)}, or empty. */
    private String countries() {
        return commonIssueNamed == 0 ? "" : String.format(Locale.ROOT, "told %d (%d right), open %d (%d listed)",
                countryTold, countryToldRight, commonIssueNamed - countryTold, countryOpenListed);
    }

    private static PrintWriter openScores() {
        String file = System.getProperty("coinid.scores");
        try {
            return file == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(file)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
