package dev.coinid.match;

import java.util.List;
import java.util.Objects;

/**
 * Every coin found in one photo and what an index says of each ({@link DesignIndex#identifyEvery}),
 * in reading order: rows from top to bottom, each from left to right.
 *
 * @param photo the photo's name as it was given (a path, or the name passed with bytes)
 * @param width the photo's width in pixels, as decoded (EXIF orientation applied)
 * @param height the photo's height in pixels
 * @param coins the coins, in reading order; empty when none was found
 */
public record CoinsInPhoto(String photo, int width, int height, List<CoinInPhoto> coins) {

    public CoinsInPhoto {
        Objects.requireNonNull(photo, "photo");
        coins = List.copyOf(coins);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a photo has a positive size, was " + width + "x" + height);
        }
    }

    /** The coins that show a 2-euro national side of a design the index knows. */
    public List<CoinInPhoto> knownDesigns() {
        return coins.stream().filter(CoinInPhoto::known).toList();
    }

    /** The coins that can be 2-euro coins, whichever side they show. */
    public List<CoinInPhoto> twoEuroCoins() {
        return coins.stream().filter(CoinInPhoto::twoEuro).toList();
    }
}
