package dev.coinid.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How rare a coin is, as collectors judge it: its mintage, and where that mintage ranks among
 * all commemorative coins of the catalog whose mintage is known, lowest first. Rank 1 is the
 * coin struck in the fewest pieces; coins with equal mintage share a rank (1, 2, 2, 4).
 *
 * @param mintage how many coins were struck, when published
 * @param rank the coin's place by lowest mintage, when it is a commemorative with known mintage
 * @param rankedCoins how many commemoratives of the catalog have a known mintage
 */
public record Rarity(OptionalLong mintage, OptionalInt rank, int rankedCoins) {

    public Rarity {
        Objects.requireNonNull(mintage, "mintage");
        Objects.requireNonNull(rank, "rank");
        if (rank.isPresent() && (mintage.isEmpty() || rank.getAsInt() < 1 || rank.getAsInt() > rankedCoins)) {
            throw new IllegalArgumentException("rank " + rank.getAsInt() + " needs a mintage and must lie in 1.."
                    + rankedCoins);
        }
    }

    /** The rarity of a coin whose mintage is not published. */
    public static Rarity unknown(int rankedCoins) {
        return new Rarity(OptionalLong.empty(), OptionalInt.empty(), rankedCoins);
    }

    /** Whether the coin has a place in the ranking (a commemorative with known mintage). */
    public boolean isRanked() {
        return rank.isPresent();
    }

    /**
     * The rarity in words: {@code mintage unknown}, {@code mintage 100,000 (rank 83 of 603 by
     * lowest mintage)}, or just {@code mintage 1,000,000} for a coin outside the ranking.
     */
    public String describe() {
        if (mintage.isEmpty()) {
            return "mintage unknown";
        }
        String struck = String.format(Locale.ROOT, "mintage %,d", mintage.getAsLong());
        return rank.isEmpty() ? struck
                : struck + " (rank " + rank.getAsInt() + " of " + rankedCoins + " by lowest mintage)";
    }
}
