package dev.coinid.synthetic;

import dev.coinid.image.CoinEllipse;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Where a {@link TableScene} laid a coin, as its photo shows it: the truth a coin finder is
 * measured against.
 *
 * @param label the {@link CoinPicture#label()} of the coin
 * @param rim the coin's rim in the photo (an ellipse where the table is tilted)
 * @param partial whether part of the coin lies beyond the photo's edge
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PlacedCoin(String label, CoinEllipse rim, boolean partial) {

    public PlacedCoin {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rim, "rim");
    }
}
