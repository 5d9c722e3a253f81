package dev.coinid.match;

import dev.coinid.catalog.CatalogEntry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an index says about one photo: the designs it may show, best first, and the verdict:
 * a <em>known</em> 2-euro design of the index (with its catalog entry), or <em>unknown</em> (a
 * common side, another coin, a design the index has no picture of, or no coin at all).
 *
 * @param photo the photo's name as it was given (a path, or the name passed with bytes or a stream)
 * @param known whether the best candidate is sure enough to name the coin
 * @param candidates the best designs, best first, one per design (at most the index's top-k)
 * @param coin the catalog entry of the best candidate when the coin is known; empty when unknown
 * @param issuers for a known design that several countries issued, every catalog entry of it
 *     (the coin's country is told only by its inscription, which the index does not read); for
 *     any other known design, the coin alone; empty when unknown
 */
public record Identification(String photo, boolean known, List<Candidate> candidates, Optional<CatalogEntry> coin,
                             List<CatalogEntry> issuers) {

    public Identification {
        Objects.requireNonNull(photo, "photo");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(coin, "coin");
        issuers = List.copyOf(issuers);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("an identification needs at least one candidate");
        }
        if (known != coin.isPresent()) {
            throw new IllegalArgumentException("a known coin has a catalog entry and an unknown one has none");
        }
    }

    /** The best candidate, known or not. */
    public Candidate best() {
        return candidates.get(0);
    }

    /** The best candidate's score, in 0..1. */
    public double score() {
        return best().score();
    }

    /**
     * The verdict in one line: {@code commemorative 2-euro, Greece 2004, Olympic Games in Athens
     * 2004 (score 0.93)}, or {@code not a known 2-euro design (closest: ..., score 0.31)}.
     */
    public String describe() {
        if (!known) {
            return String.format(java.util.Locale.ROOT, "not a known 2-euro design (closest: %s, score %.2f)",
                    best().design(), score());
        }
        CatalogEntry entry = coin.orElseThrow();
        String kind = entry.isCommemorative() ? "commemorative 2-euro" : "regular 2-euro";
        String common = issuers.size() > 1 ? " (a design common to " + issuers.size() + " countries)" : "";
        return String.format(java.util.Locale.ROOT, "%s, %s %d, %s%s (score %.2f)", kind, entry.countryName(),
                entry.year(), entry.theme(), common, score());
    }
}
