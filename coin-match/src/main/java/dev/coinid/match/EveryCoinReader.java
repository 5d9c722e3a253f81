package dev.coinid.match;

import dev.coinid.image.CoinEllipse;
import dev.coinid.image.CoinFinder;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.FoundCoin;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.image.TiltedCoinLocator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What {@link DesignIndex#identifyEvery} does: finds every coin of a photo ({@link CoinFinder}),
 * tells those that can be 2-euro coins ({@link CoinMetals}), and identifies each of them with the
 * index as a photo of that coin alone: cut out of the photo (an ellipse stretched back to a disc),
 * on a grey square with room around it, as a collector's snapshot of one coin would frame it.
 * Coins are identified in parallel. Stateless and thread-safe.
 */
final class EveryCoinReader {

    private static final CoinFinder FINDER = CoinFinder.defaults();
    /** The square a coin is identified in, and the coin's diameter in it. */
    private static final int SQUARE = 320;
    private static final int DIAMETER = 260;
    /** How far beyond the rim found the cut-out reaches, as a multiple of its size. */
    private static final double MARGIN = 1.1;

    private EveryCoinReader() {
    }

    static CoinsInPhoto read(DesignIndex index, String name, RgbImage photo) {
        List<FoundCoin> found = FINDER.find(photo);
        List<CoinInPhoto> coins = IntStream.range(0, found.size()).parallel().mapToObj(i -> {
            FoundCoin coin = found.get(i);
            if (!CoinMetals.canBeTwoEuro(photo, coin, found)) {
                return new CoinInPhoto(coin, false, Optional.empty());
            }
            RgbImage alone = alone(photo, coin.rim());
            return new CoinInPhoto(coin, true, Optional.of(index.identify(ImageSource.memory(name + "#" + (i + 1), alone))));
        }).toList();
        return new CoinsInPhoto(name, photo.width(), photo.height(), coins);
    }

    /**
     * The coin inside {@code rim} and a tenth of its size around it, as a disc on a grey square,
     * the disc {@value #DIAMETER} pixels across on a square of {@value #SQUARE}, whatever the
     * coin's size in the photo.
     */
    static RgbImage alone(RgbImage photo, CoinEllipse rim) {
        // cut from a crop around the coin, so that a large photo is not resampled whole
        double reach = MARGIN * rim.semiMajor() + 2;
        int x0 = clamp((int) Math.floor(rim.centerX() - reach), photo.width() - 1);
        int y0 = clamp((int) Math.floor(rim.centerY() - reach), photo.height() - 1);
        int x1 = clamp((int) Math.ceil(rim.centerX() + reach), photo.width());
        int y1 = clamp((int) Math.ceil(rim.centerY() + reach), photo.height());
        RgbImage crop = photo.crop(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
        // a little of the table around the rim, so that the index finds the rim itself, as in any photo
        CoinEllipse inCrop = new CoinEllipse(rim.centerX() - x0, rim.centerY() - y0, MARGIN * rim.semiMajor(),
                MARGIN * rim.semiMinor(), rim.angle());
        // a small coin enlarged too: the index finds its rim more closely on more pixels
        RgbImage disc = TiltedCoinLocator.cutOut(crop, inCrop, DIAMETER, CoinLocator.OUTSIDE_GREY);
        byte[] square = new byte[3 * SQUARE * SQUARE];
        Arrays.fill(square, (byte) CoinLocator.OUTSIDE_GREY);
        byte[] pixels = disc.toRgbBytes();
        int offset = (SQUARE - DIAMETER) / 2;
        for (int row = 0; row < DIAMETER; row++) {
            System.arraycopy(pixels, 3 * row * DIAMETER, square, 3 * ((row + offset) * SQUARE + offset), 3 * DIAMETER);
        }
        return RgbImage.of(SQUARE, SQUARE, square);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
