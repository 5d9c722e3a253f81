package dev.coinid.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import org.junit.jupiter.api.Test;

class PolarGradientHistogramTest {

    private final CoinView view = CoinView.squareOn();
    private final SyntheticDesigns designs = SyntheticDesigns.withSeed(4);

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void aDescriptionHasZeroMeanAndUnitLength() {
        float[] d = view.describe(designs.catalogPicture(0, 300));

        double sum = 0;
        for (float v : d) {
            sum += v;
        }
        assertThat(sum).isCloseTo(0, offset(1e-3));
        assertThat(dot(d, d)).isCloseTo(1, offset(1e-4));
    }

    @Test
    void aTurnedCoinCorrelatesAtTheTurnAndADifferentDesignDoesNot() {
        RgbImage upright = designs.photo(1, new Shot(0, 135, 0.8, 0.5, 0.5, 0, 0, 1), 320, 320);
        RgbImage turned = designs.photo(1, new Shot(50, 185, 0.8, 0.5, 0.5, 0, 0, 1), 320, 320);
        RgbImage other = designs.photo(2, new Shot(0, 135, 0.8, 0.5, 0.5, 0, 0, 1), 320, 320);
        float[] reference = RotationCorrelation.spectrum(view.describe(upright));

        RotationCorrelation.Turn same = RotationCorrelation.best(RotationCorrelation.spectrum(view.describe(turned)), reference);
        RotationCorrelation.Turn different = RotationCorrelation.best(RotationCorrelation.spectrum(view.describe(other)), reference);

        // the light turned with the coin, so the picture is the same but for the turn
        assertThat(same.correlation()).isGreaterThan(0.8);
        assertThat(Math.min(Math.abs(same.degrees() - 50), 360 - Math.abs(same.degrees() - 50))).isLessThanOrEqualTo(5);
        assertThat(different.correlation()).isLessThan(same.correlation() - 0.3);
    }
}
