package dev.coinid.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * Ranks commemorative coins by lowest mintage. Built once per catalog from the commemoratives
 * whose mintage is known; a coin's rank is one more than the number of coins struck in fewer
 * pieces, so equal mintages share a rank.
 */
final class MintageRanking {

    private final long[] sortedMintages;

    MintageRanking(Collection<CatalogEntry> entries) {
        this.sortedMintages = entries.stream()
                .filter(CatalogEntry::isCommemorative)
                .filter(entry -> entry.mintage().isPresent())
                .mapToLong(entry -> entry.mintage().getAsLong())
                .sorted()
                .toArray();
    }

    /** The rarity of an entry of the catalog this ranking was built from. */
    Rarity rarityOf(CatalogEntry entry) {
        if (entry.mintage().isEmpty()) {
            return Rarity.unknown(sortedMintages.length);
        }
        long mintage = entry.mintage().getAsLong();
        OptionalInt rank = entry.isCommemorative() ? OptionalInt.of(fewerStruckThan(mintage) + 1) : OptionalInt.empty();
        return new Rarity(entry.mintage(), rank, sortedMintages.length);
    }

    /** How many ranked coins were struck in fewer pieces than {@code mintage}. */
    private int fewerStruckThan(long mintage) {
        int low = 0;
        int high = sortedMintages.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sortedMintages[middle] < mintage) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** How many coins the ranking holds. */
    int size() {
        return sortedMintages.length;
    }
}
