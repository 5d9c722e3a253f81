package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolarUnwrapperTest {

    private static final int SIZE = 120;
    private static final CoinOutline COIN = new CoinOutline(60, 60, 50);

    @Test
    void turningTheCoinAQuarterShiftsTheColumnsByAQuarter() {
        RgbImage coin = coinWithAWedge();
        RgbImage turned = quarterTurnClockwise(coin);

        RgbImage a = PolarUnwrapper.unwrap(coin, COIN, 64, 16);
        RgbImage b = PolarUnwrapper.unwrap(turned, COIN, 64, 16);

        // resampling differs only along the wedge's two edges, so the mean difference is small
        double difference = 0;
        for (int j = 0; j < 16; j++) {
            for (int k = 0; k < 64; k++) {
                difference += Math.abs(b.sample((k + 16) % 64, j, 0) - a.sample(k, j, 0));
            }
        }
        assertThat(difference / (16 * 64)).isLessThan(3.0);
        // and the same columns unshifted differ a lot: the test can fail
        double unshifted = 0;
        for (int j = 0; j < 16; j++) {
            for (int k = 0; k < 64; k++) {
                unshifted += Math.abs(b.sample(k, j, 0) - a.sample(k, j, 0));
            }
        }
        assertThat(unshifted / (16 * 64)).isGreaterThan(50.0);
    }

    @Test
    void theWedgeLiesInTheColumnsOfItsAngles() {
        RgbImage a = PolarUnwrapper.unwrap(coinWithAWedge(), COIN, 64, 16);

        // the wedge spans 0 to 90 degrees (columns 0 to 15); away from its edges it is white, elsewhere dark
        assertThat(a.sample(8, 10, 0)).isGreaterThan(200);
        assertThat(a.sample(40, 10, 0)).isLessThan(60);
    }

    @Test
    void rejectsTooFewAnglesOrRadii() {
        assertThatThrownBy(() -> PolarUnwrapper.unwrap(coinWithAWedge(), COIN, 3, 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("angles");
    }

    /** A dark coin with a white wedge from 0 to 90 degrees (clockwise from the right, y down). */
    private static RgbImage coinWithAWedge() {
        byte[] rgb = new byte[SIZE * SIZE * 3];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double dx = x + 0.5 - 60;
                double dy = y + 0.5 - 60;
                double angle = Math.toDegrees(Math.atan2(dy, dx));
                boolean wedge = Math.hypot(dx, dy) <= 50 && angle >= 0 && angle <= 90;
                int v = wedge ? 255 : 20;
                int i = 3 * (y * SIZE + x);
                rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) v;
            }
        }
        return RgbImage.of(SIZE, SIZE, rgb);
    }

    /** The picture turned by 90 degrees clockwise on screen: (x, y) goes to (SIZE - 1 - y, x). */
    private static RgbImage quarterTurnClockwise(RgbImage picture) {
        byte[] source = picture.toRgbBytes();
        byte[] rgb = new byte[SIZE * SIZE * 3];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int from = 3 * (y * SIZE + x);
                int to = 3 * (x * SIZE + (SIZE - 1 - y));
                System.arraycopy(source, from, rgb, to, 3);
            }
        }
        return RgbImage.of(SIZE, SIZE, rgb);
    }
}
