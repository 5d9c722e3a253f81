package dev.coinid.image.internal;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class SobelAndLuminanceTest {

    @Test
    void aRampHasAConstantGradientAcrossItAndNoneAlongIt() {
        int w = 6;
        int h = 5;
        float[] ramp = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ramp[y * w + x] = 3 * x;
            }
        }
        float[] gx = new float[w * h];
        float[] gy = new float[w * h];

        Sobel.gradient(ramp, w, h, gx, gy);

        // inside: (1 + 2 + 1) * (3 * 2) = 24; at the left and right edges the repeated column halves it
        assertThat(gx[2 * w + 2]).isEqualTo(24f);
        assertThat(gx[2 * w]).isEqualTo(12f);
        assertThat(gx[2 * w + w - 1]).isEqualTo(12f);
        assertThat(gy).containsOnly(0f);
    }

    @Test
    void oneChannelOfAnInterleavedImageHasTheGradientOfThatChannelAlone() {
        int w = 7;
        int h = 4;
        float[] rgb = new float[3 * w * h];
        float[] green = new float[w * h];
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = random.nextInt(256);
        }
        for (int p = 0; p < w * h; p++) {
            green[p] = rgb[3 * p + 1];
        }
        float[] gx = new float[3 * w * h];
        float[] gy = new float[3 * w * h];
        float[] greenGx = new float[w * h];
        float[] greenGy = new float[w * h];

        Sobel.gradient(rgb, w, h, 3, 1, gx, gy);
        Sobel.gradient(green, w, h, greenGx, greenGy);

        for (int p = 0; p < w * h; p++) {
            assertThat(gx[3 * p + 1]).isEqualTo(greenGx[p]);
            assertThat(gy[3 * p + 1]).isEqualTo(greenGy[p]);
            assertThat(gx[3 * p]).isZero();
        }
    }

    @Test
    void luminanceWeighsGreenMostAndKeepsWhiteWhite() {
        assertThat(Luminance.of(255, 255, 255)).isCloseTo(255f, offset(1e-3f));
        assertThat(Luminance.of(0, 1, 0)).isGreaterThan(Luminance.of(1, 0, 0)).isGreaterThan(Luminance.of(0, 0, 1));

        float[] grey = Luminance.of(RgbImage.filled(2, 1, 200, 100, 50));

        assertThat(grey).hasSize(2).containsOnly(Luminance.of(200, 100, 50));
    }
}
