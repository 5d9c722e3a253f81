package dev.coinid.match;

import dev.coinid.catalog.CatalogEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which country struck the coin of a design that several countries issued (a euro-area common
 * issue): their pictures differ only where the country's name is written, so the country whose
 * picture the photo correlates with best, <em>raw</em>, is the likeliest one. Each picture's
 * reference norm ({@link ReferenceNorms}) is left out here: it measures how a picture correlates
 * with other designs, and favoured the same few pictures of a common issue whatever the photo.
 * The country is named only when its correlation stands {@value #MARGIN} (relative) above the
 * next country's; otherwise the coin's country is left open, every issuer listed, likeliest first.
 * See docs/identification.md for how the margin was chosen.
 */
final class CountryReading {

    /** How far, relative to its own correlation, the best country must stand above the next to be named. */
    static final double MARGIN = 0.05;

    private CountryReading() {
    }

    /**
     * The verdict on a design's coins: the coin named when one country stands out (or the design
     * has one coin), and every coin of the design, likeliest first.
     *
     * @param coins every catalog entry of the design
     * @param correlation each catalog id's best raw correlation with the photo (ids without a
     *     picture are absent and come last)
     */
    static Verdict read(List<CatalogEntry> coins, Map<String, Double> correlation) {
        List<CatalogEntry> likeliest = new ArrayList<>(coins);
        likeliest.sort(Comparator.comparingDouble(
                (CatalogEntry coin) -> correlation.getOrDefault(coin.id(), Double.NEGATIVE_INFINITY)).reversed());
        if (likeliest.size() == 1) {
            return new Verdict(Optional.of(likeliest.get(0)), likeliest);
        }
        double best = correlation.getOrDefault(likeliest.get(0).id(), Double.NEGATIVE_INFINITY);
        double next = correlation.getOrDefault(likeliest.get(1).id(), Double.NEGATIVE_INFINITY);
        boolean stands = best > 0 && (best - next) >= MARGIN * best;
        return new Verdict(stands ? Optional.of(likeliest.get(0)) : Optional.empty(), likeliest);
    }

    /** Each catalog id's best correlation among the references of one design. */
    static Map<String, Double> bestPerCoin(List<IndexedReference> references, int[] designOf, int design,
                                           RotationCorrelation.Turn[] turns) {
        Map<String, Double> best = new HashMap<>();
        for (int r = 0; r < references.size(); r++) {
            if (designOf[r] == design) {
                best.merge(references.get(r).catalogId(), turns[r].correlation(), Math::max);
            }
        }
        return best;
    }

    /**
     * @param coin the coin, when its country could be told
     * @param coins every coin of the design, likeliest first
     */
    record Verdict(Optional<CatalogEntry> coin, List<CatalogEntry> coins) {
    }
}
