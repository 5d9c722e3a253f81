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
 * @param known whether the best candidate is sure enough to name the design
 * @param candidates the best designs, best first, one per design (at most the index's top-k)
 * @param coin the catalog entry of the coin when the design is known and its country could be
 *     told; empty when unknown, or for a design several countries issued whose country the photo
 *     did not settle (then {@code issuers} lists the possible coins)
 * @param issuers for a known design, every catalog entry of it, likeliest first: the coin alone
 *     for a design of one country, every country's coin of a common issue; empty when unknown
 * @param side the side the photo shows: {@link Side#NATIONAL} exactly when the design is known,
 *     {@link Side#COMMON} when it is the common side (then not known: no design), else
 *     {@link Side#UNKNOWN}
 */
public record Identification(String photo, boolean known, List<Candidate> candidates, Optional<CatalogEntry> coin,
                             List<CatalogEntry> issuers, Side side) {

    public Identification {
        Objects.requireNonNull(photo, "photo");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(coin, "coin");
        issuers = List.copyOf(issuers);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("an identification needs at least one candidate");
        }
        if (known == issuers.isEmpty() || (coin.isPresent() && !known)) {
            throw new IllegalArgumentException("a known design has its issuers (and maybe its coin), an unknown one neither");
        }
        if (known != (side == Side.NATIONAL)) {
            throw new IllegalArgumentException("a known design is a national side, and only a known design is");
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
     * The coin, or for a common issue whose country is open the likeliest one: what to read the
     * design's facts from (kind, year, theme), which every issuer shares; empty when unknown.
     */
    public Optional<CatalogEntry> likeliestCoin() {
        return coin.isPresent() ? coin : issuers.stream().findFirst();
    }

    /** Whether the design is known but its country is not: a common issue whose country the photo did not settle. */
    public boolean countryOpen() {
        return known && coin.isEmpty();
    }

    /**
     * The verdict in one line: {@code commemorative 2-euro, Greece 2004, Olympic Games in Athens
     * 2004 (score 0.93)}; for a common issue whose country is open, {@code commemorative 2-euro,
     * 2007, 50th anniversary of the Treaty of Rome (a design common to 13 countries; country not
     * told, likeliest Italy, Spain, Portugal) (score 0.98)}; {@code the common side of a euro coin
     * (the map): turn the coin over to identify its design}; or {@code not a known 2-euro design
     * (closest: ..., score 0.31)}.
     */
    public String describe() {
        if (side == Side.COMMON) {
            return "the common side of a euro coin (the map): turn the coin over to identify its design";
        }
        if (!known) {
            return String.format(java.util.Locale.ROOT, "not a known 2-euro design (closest: %s, score %.2f)",
                    best().design(), score());
        }
        CatalogEntry entry = likeliestCoin().orElseThrow();
        String kind = entry.isCommemorative() ? "commemorative 2-euro" : "regular 2-euro";
        String common = issuers.size() > 1 ? " (a design common to " + issuers.size() + " countries" + (coin.isPresent()
                ? ")" : "; country not told, likeliest " + issuers.stream().limit(3).map(CatalogEntry::countryName)
                .collect(java.util.stream.Collectors.joining(", ")) + ")") : "";
        String where = coin.isPresent() ? entry.countryName() + " " + entry.year() : String.valueOf(entry.year());
        return String.format(java.util.Locale.ROOT, "%s, %s, %s%s (score %.2f)", kind, where, entry.theme(), common,
                score());
    }
}
