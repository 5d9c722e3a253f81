package dev.coinid.model;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Fit#COIN_CIRCLE}: the centred square, resized, with everything outside the inscribed circle grey. */
class CoinCircleFitTest {

    @Test
    void theBackgroundOutsideTheCircleBecomesGreyAndTheCoinStays() {
        Preprocessing preprocessing = Preprocessing.seed().inputSize(32, 32).fit(Fit.COIN_CIRCLE);
        RgbImage photo = RgbImage.filled(64, 48, 20, 200, 60); // a green table, landscape

        RgbImage fitted = preprocessing.fitImage(photo);

        assertThat(fitted.width()).isEqualTo(32);
        assertThat(fitted.height()).isEqualTo(32);
        assertThat(fitted.rgb(0, 0)).isEqualTo(0x808080);
        assertThat(fitted.rgb(31, 31)).isEqualTo(0x808080);
        assertThat(fitted.rgb(16, 16)).isEqualTo(0x14C83C);
        assertThat(fitted.rgb(16, 1)).isEqualTo(0x14C83C); // the circle touches the edges
    }
}
