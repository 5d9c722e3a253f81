package dev.coinid.match;

import dev.coinid.image.CoinEllipse;
import dev.coinid.image.FoundCoin;
import dev.coinid.image.RgbImage;

import java.util.List;

/**
 * Tells from its colours and its size whether a coin found in a photo can be a 2-euro coin: a
 * 2-euro coin has a gold-coloured core in a silver ring (a 1-euro coin the other way round, every
 * other euro coin one metal), and it is the largest euro coin, so a coin clearly smaller than
 * another one of the same photo is not one. Colours are compared within the coin, core against
 * ring, so a warm or cold light shifts both alike.
 */
final class CoinMetals {

    /**
     * How much yellower the core must be than the ring, and how yellow the ring may be at most
     * against the core: on 60 real crops of each euro coin's common side, no coin of one metal and
     * no 1-euro coin passes, and over 90% of the 2-euro coins do (see docs/identification.md).
     */
    static final double MIN_CORE_YELLOWER = 0.04;
    static final double MAX_RING_SHARE = 0.8;
    /** A 2-euro coin is at least this fraction of the largest whole coin's radius in the photo. */
    static final double MIN_RELATIVE_RADIUS = 0.9;

    private CoinMetals() {
    }

    /** Whether {@code coin} can be a 2-euro coin, among {@code all} the coins of {@code photo}. */
    static boolean canBeTwoEuro(RgbImage photo, FoundCoin coin, List<FoundCoin> all) {
        double largest = all.stream().filter(other -> !other.partial()).mapToDouble(FoundCoin::radius).max()
                .orElse(coin.radius());
        if (coin.radius() < MIN_RELATIVE_RADIUS * largest) {
            return false;
        }
        double[] yellowness = yellowness(photo, coin.rim());
        return yellowness[0] - yellowness[1] >= MIN_CORE_YELLOWER && yellowness[1] <= MAX_RING_SHARE * yellowness[0];
    }

    /**
     * How yellow the coin's core (within 55% of its rim) and its ring (from 80% to 92% of its rim)
     * are: {@code ((red + green) / 2 - blue) / (brightness + 1)} of their mean colours, -1..1 each,
     * as {@code {core, ring}}.
     */
    static double[] yellowness(RgbImage photo, CoinEllipse rim) {
        double[] core = new double[4];
        double[] ring = new double[4];
        int x0 = Math.max(0, (int) Math.floor(rim.centerX() - rim.semiMajor()));
        int x1 = Math.min(photo.width() - 1, (int) Math.ceil(rim.centerX() + rim.semiMajor()));
        int y0 = Math.max(0, (int) Math.floor(rim.centerY() - rim.semiMajor()));
        int y1 = Math.min(photo.height() - 1, (int) Math.ceil(rim.centerY() + rim.semiMajor()));
        // about 60 x 60 samples, whatever the coin's size
        int step = Math.max(1, (int) (2 * rim.semiMajor() / 60));
        for (int y = y0; y <= y1; y += step) {
            for (int x = x0; x <= x1; x += step) {
                double r = rim.relativeRadius(x + 0.5, y + 0.5);
                double[] zone = r < 0.55 ? core : r > 0.8 && r < 0.92 ? ring : null;
                if (zone != null) {
                    int rgb = photo.rgb(x, y);
                    zone[0] += (rgb >> 16) & 0xFF;
                    zone[1] += (rgb >> 8) & 0xFF;
                    zone[2] += rgb & 0xFF;
                    zone[3]++;
                }
            }
        }
        if (core[3] == 0 || ring[3] == 0) {
            return new double[] {0, 0};
        }
        return new double[] {yellowness(core), yellowness(ring)};
    }

    private static double yellowness(double[] sum) {
        double r = sum[0] / sum[3];
        double g = sum[1] / sum[3];
        double b = sum[2] / sum[3];
        return ((r + g) / 2 - b) / ((r + g + b) / 3 + 1);
    }
}
