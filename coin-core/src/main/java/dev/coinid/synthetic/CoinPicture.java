package dev.coinid.synthetic;

import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;
import dev.coinid.image.internal.Luminance;
import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A picture of one coin to lay on a {@link TableScene}: the picture, where the coin lies in it,
 * what the coin is (a label of the caller's choosing) and how large it really is, so that coins
 * of several denominations keep their sizes against each other.
 *
 * @param label what the coin is, carried to {@link PlacedCoin#label()}
 * @param picture the picture the coin is cut out of
 * @param outline where the coin lies in {@code picture}
 * @param diameterMm the coin's real diameter in millimetres (a 2-euro coin: 25.75)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CoinPicture(String label, RgbImage picture, CoinOutline outline, double diameterMm) {

    /** A 2-euro coin's diameter, in millimetres. */
    public static final double TWO_EURO_MM = 25.75;

    public CoinPicture {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(outline, "outline");
        if (!(diameterMm > 0)) {
            throw new IllegalArgumentException("diameterMm must be positive, was " + diameterMm);
        }
    }

    /**
     * The coin of a picture cropped around it (a catalog picture, a crop of a photo), found with
     * {@link CoinLocator#forCroppedCoins()}.
     */
    public static CoinPicture cropped(String label, RgbImage picture, double diameterMm) {
        return new CoinPicture(label, picture, CoinLocator.forCroppedCoins().locate(picture), diameterMm);
    }

    /** The same coin in another metal: every pixel's brightness kept, its colour that of {@code metal} (0xRRGGBB). */
    public CoinPicture recoloured(String newLabel, int metal, double newDiameterMm) {
        double[] tint = {((metal >> 16) & 0xFF) / 255.0, ((metal >> 8) & 0xFF) / 255.0, (metal & 0xFF) / 255.0};
        double tintLuminance = Luminance.of((float) tint[0], (float) tint[1], (float) tint[2]);
        byte[] rgb = picture.toRgbBytes();
        for (int i = 0; i < rgb.length; i += 3) {
            double luminance = Luminance.of(rgb[i] & 0xFF, rgb[i + 1] & 0xFF, rgb[i + 2] & 0xFF);
            for (int c = 0; c < 3; c++) {
                rgb[i + c] = (byte) Math.max(0, Math.min(255, Math.round(luminance * tint[c] / tintLuminance)));
            }
        }
        return new CoinPicture(newLabel, RgbImage.of(picture.width(), picture.height(), rgb), outline, newDiameterMm);
    }
}
