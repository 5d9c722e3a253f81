package dev.coinid.match;

import dev.coinid.image.FoundCoin;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One coin of a photo of several, as {@link DesignIndex#identifyEvery} tells it: where it lies,
 * whether it can be a 2-euro coin, and for one that can, what the index says of it.
 *
 * @param place where the coin lies in the photo: its rim (a circle, or an ellipse where the coin
 *     is seen at a slant), whether the frame cuts it
 * @param twoEuro whether it can be a 2-euro coin: bimetallic, its core yellower than its ring, and
 *     not clearly smaller than the largest coin of the photo (the 2-euro coin is the largest euro coin)
 * @param identification what the index says of the coin cut out of the photo, for a coin that can
 *     be a 2-euro coin; empty for any other
 */
public record CoinInPhoto(FoundCoin place, boolean twoEuro, Optional<Identification> identification) {

    public CoinInPhoto {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(identification, "identification");
        if (twoEuro != identification.isPresent()) {
            throw new IllegalArgumentException("a coin that can be a 2-euro coin is identified, and only such a coin is");
        }
    }

    /**
     * The side the coin shows: {@link Side#NATIONAL} for a known 2-euro design, {@link Side#COMMON}
     * for the common side of a 2-euro coin, {@link Side#UNKNOWN} for any other coin or a 2-euro
     * national side the index does not know.
     */
    public Side side() {
        return identification.map(Identification::side).orElse(Side.UNKNOWN);
    }

    /** Whether the coin is a 2-euro national side of a design the index knows. */
    public boolean known() {
        return identification.map(Identification::known).orElse(false);
    }

    /**
     * The verdict in one line: {@code not a 2-euro coin}, {@code 2-euro, common side}, the
     * identification's {@link Identification#describe()} for a known design, or {@code 2-euro,
     * not a known design (closest: ..., score 0.31)}.
     */
    public String describe() {
        if (identification.isEmpty()) {
            return "not a 2-euro coin";
        }
        Identification id = identification.get();
        if (id.side() == Side.COMMON) {
            return "2-euro, common side";
        }
        if (!id.known()) {
            return String.format(Locale.ROOT, "2-euro, not a known design (closest: %s, score %.2f)",
                    id.best().design(), id.score());
        }
        return id.describe();
    }
}
