package dev.coinid.image.internal;

import dev.coinid.image.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class GaussianBlurTest {

    @Test
    void keepsAFlatPlaneFlatAndSpreadsAPointSymmetrically() {
        float[] flat = new float[5 * 4];
        java.util.Arrays.fill(flat, 7f);
        for (float v : GaussianBlur.blur(flat, 5, 4, 1.0, 3)) {
            assertThat(v).isCloseTo(7f, offset(1e-5f));
        }

        float[] point = new float[9 * 9];
        point[4 * 9 + 4] = 1f;
        float[] spread = GaussianBlur.blur(point, 9, 9, 1.0, 3);

        double total = 0;
        for (float v : spread) {
            total += v;
        }
        assertThat(total).isCloseTo(1.0, offset(1e-5));
        assertThat(spread[4 * 9 + 3]).isEqualTo(spread[4 * 9 + 5]).isEqualTo(spread[3 * 9 + 4]);
        assertThat(spread[4 * 9 + 4]).isGreaterThan(spread[4 * 9 + 3]);
    }

    @Test
    void refusesAPlaneOfTheWrongSize() {
        assertThatThrownBy(() -> GaussianBlur.blur(new float[10], 4, 4, 1.0, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blursEachChannelOfAnImageApart() {
        byte[] rgb = new byte[3 * 9 * 9];
        rgb[3 * (4 * 9 + 4)] = (byte) 255; // one red point on black

        RgbImage blurred = GaussianBlur.blur(RgbImage.of(9, 9, rgb), 1.0);

        assertThat(blurred.sample(4, 4, 0)).isLessThan(255).isGreaterThan(blurred.sample(3, 4, 0));
        assertThat(blurred.sample(3, 4, 0)).isGreaterThan(0).isEqualTo(blurred.sample(5, 4, 0));
        assertThat(blurred.sample(4, 4, 1)).isZero();
        assertThat(blurred.sample(4, 4, 2)).isZero();
    }
}
