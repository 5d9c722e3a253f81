package dev.coinid.research;

import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.PolarUnwrapper;
import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.Luminance;
import dev.coinid.references.BundledReferences;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Tells which development photos are copies of the Open Coin Data picture that coinid ships for
 * their coin: the same source render, re-processed (shrunk, re-encoded, recoloured, turned), not
 * another photograph of the coin. Both coins are located, unwrapped in polar coordinates at the
 * same size and compared in grey: the Pearson correlation of their pixels, at the best turn and
 * a rim found up to 3% off. Two photographs of the same design share its large shapes but not
 * their light, wear and fine texture; a copy shares all of it.
 */
final class OpenCoinDataCopies {

    /**
     * The correlation from which a photo is a copy: the middle of the gap measured on the 51
     * collector photos and 3 regular photos of the development sets (IdentificationEvaluation
     * prints them): the other photographs of a design reach 0.16 to 0.68, the copies 0.90 to 0.99.
     */
    static final double COPY_CORRELATION = 0.80;

    private static final int ANGLES = 256;
    private static final int RADII = 48;
    /** Rows compared: from a tenth of the radius (the centre is a few pixels) to short of the rim. */
    private static final int FIRST_ROW = RADII / 10;
    private static final int LAST_ROW = RADII * 92 / 100;
    private static final double[] RIM_SCALES = {0.97, 1.0, 1.03};
    private static final CoinLocator LOCATOR = CoinLocator.forTwoEuroCoins();
    private static final ImageDecoder DECODER = ImageDecoder.defaults();

    /** One photo compared with its coin's bundled picture; the correlation is NaN where coinid ships no picture of the coin. */
    record Comparison(Path photo, String catalogId, double correlation) {
        boolean copy() {
            return correlation >= COPY_CORRELATION;
        }
    }

    private OpenCoinDataCopies() {
    }

    /** Each photo compared with the bundled picture of the coin it shows ({@code catalogIds}, same order), in parallel. */
    static List<Comparison> compare(List<Path> photos, List<String> catalogIds) {
        return IntStream.range(0, photos.size()).parallel()
                .mapToObj(i -> new Comparison(photos.get(i), catalogIds.get(i),
                        BundledReferences.catalogIds().contains(catalogIds.get(i))
                                ? correlation(DECODER.decode(photos.get(i)), BundledReferences.picture(catalogIds.get(i)))
                                : Double.NaN))
                .toList();
    }

    /** The best pixel correlation of the coins of two pictures over turns and small rim errors, in -1..1. */
    static double correlation(RgbImage photo, RgbImage reference) {
        float[][] ref = unwrapped(reference, LOCATOR.locate(reference));
        CoinOutline outline = LOCATOR.locate(photo);
        double best = -1;
        for (double scale : RIM_SCALES) {
            best = Math.max(best, bestTurn(unwrapped(photo, outline.scaled(scale)), ref));
        }
        return best;
    }

    /** The coin's grey levels in polar coordinates, rows {@link #FIRST_ROW} to {@link #LAST_ROW}, zero mean, unit norm. */
    private static float[][] unwrapped(RgbImage picture, CoinOutline outline) {
        RgbImage polar = PolarUnwrapper.unwrap(picture, outline, ANGLES, RADII);
        float[][] grey = new float[LAST_ROW - FIRST_ROW][ANGLES];
        double sum = 0;
        for (int j = 0; j < grey.length; j++) {
            for (int k = 0; k < ANGLES; k++) {
                grey[j][k] = Luminance.of(polar.sample(k, j + FIRST_ROW, 0), polar.sample(k, j + FIRST_ROW, 1),
                        polar.sample(k, j + FIRST_ROW, 2));
                sum += grey[j][k];
            }
        }
        float mean = (float) (sum / (grey.length * ANGLES));
        double squares = 0;
        for (float[] row : grey) {
            for (int k = 0; k < ANGLES; k++) {
                row[k] -= mean;
                squares += row[k] * row[k];
            }
        }
        float norm = (float) Math.sqrt(Math.max(squares, 1e-9));
        for (float[] row : grey) {
            for (int k = 0; k < ANGLES; k++) {
                row[k] /= norm;
            }
        }
        return grey;
    }

    /** The highest correlation of {@code a} and {@code b} over every cyclic shift of the angles (a turn of the coin). */
    private static double bestTurn(float[][] a, float[][] b) {
        double best = -1;
        for (int shift = 0; shift < ANGLES; shift++) {
            double sum = 0;
            for (int j = 0; j < a.length; j++) {
                float[] ra = a[j];
                float[] rb = b[j];
                for (int k = 0; k < ANGLES; k++) {
                    sum += ra[k] * rb[(k + shift) % ANGLES];
                }
            }
            best = Math.max(best, sum);
        }
        return best;
    }
}
