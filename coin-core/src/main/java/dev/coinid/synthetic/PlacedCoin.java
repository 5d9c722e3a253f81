package dev.coinid.synthetic;

import dev.coinid.image.CoinEllipse;

import java.util.Objects;

/**
 * Where a {@link TableScene} laid a coin, as its photo shows it: the truth a coin finder is
 * measured against.
 *
 * @param label the {@link CoinPicture#label()} of the coin
 * @param rim the coin's rim in the photo (an ellipse where the table is tilted)
 * @param partial whether part of the coin lies beyond the photo's edge
 */
public record PlacedCoin(String label, CoinEllipse rim, boolean partial) {

    public PlacedCoin {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rim, "rim");
    }
}
