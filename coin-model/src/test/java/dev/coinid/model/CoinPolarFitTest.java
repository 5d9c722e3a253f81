package dev.coinid.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

/** {@link Fit#COIN_POLAR}: the coin found, unwrapped to angles x radii; the background is gone. */
class CoinPolarFitTest {

    @Test
    void anOffCentreCoinIsUnwrappedFromItsOwnCentreWithoutTheTable() {
        Preprocessing preprocessing = Preprocessing.seed().inputSize(64, 16).fit(Fit.COIN_POLAR);
        // a red coin of radius 70 at (110, 95) on a green table, a white dot at its centre
        RgbImage photo = coinOnTable(200, 190, 110, 95, 70);

        RgbImage fitted = preprocessing.fitImage(photo);

        assertThat(fitted.width()).isEqualTo(64);
        assertThat(fitted.height()).isEqualTo(16);
        for (int k = 0; k < 64; k++) {
            assertThat(fitted.sample(k, 0, 1)).as("top row, column %d: the centre's white dot", k).isGreaterThan(200);
            assertThat(fitted.sample(k, 12, 0)).as("row 12, column %d: the red coin", k).isGreaterThan(180);
            assertThat(fitted.sample(k, 15, 1)).as("bottom row, column %d: no green table", k).isLessThan(140);
        }
    }

    private static RgbImage coinOnTable(int w, int h, int cx, int cy, int r) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                int i = 3 * (y * w + x);
                int[] colour = d <= 12 ? new int[] {255, 255, 255} : d <= r ? new int[] {220, 40, 30} : new int[] {20, 170, 60};
                for (int c = 0; c < 3; c++) {
                    rgb[i + c] = (byte) colour[c];
                }
            }
        }
        return RgbImage.of(w, h, rgb);
    }
}
