package dev.coinid.augment;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AffineAugmenterTest {

    private static final float TOLERANCE = 1e-3f;

    /** A picture of random bytes: no symmetry, so any wrong permutation shows. */
    static RgbImage noise(int width, int height, long seed) {
        byte[] rgb = new byte[3 * width * height];
        new SplittableRandom(seed).nextBytes(rgb);
        return RgbImage.of(width, height, rgb);
    }

    /** A black picture with one white pixel at (x, y). */
    static RgbImage marker(int width, int height, int x, int y) {
        byte[] rgb = new byte[3 * width * height];
        int i = 3 * (y * width + x);
        rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) 255;
        return RgbImage.of(width, height, rgb);
    }

    /** The picture whose value at (x, y) is f(x, y) in all three channels. */
    static RgbImage gray(int width, int height, java.util.function.IntBinaryOperator f) {
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = 3 * (y * width + x);
                rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) f.applyAsInt(x, y);
            }
        }
        return RgbImage.of(width, height, rgb);
    }

    /** The transformed picture as floats in 0..255, unrounded. */
    static float[] floats(AffineAugmenter augmenter, RgbImage image, Transform t) {
        FloatBuffer out = FloatBuffer.allocate(3 * image.width() * image.height());
        augmenter.applyInto(image, t, 1f, out, 0);
        return out.array();
    }

    static float at(float[] values, int width, int x, int y, int c) {
        return values[3 * (y * width + x) + c];
    }

    /** The one pixel of {@code image} that is not black, as {x, y}. */
    static int[] brightPixel(RgbImage image) {
        int[] found = null;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                if (image.rgb(x, y) != 0) {
                    assertThat(found).as("a second lit pixel at (%d, %d)", x, y).isNull();
                    found = new int[] {x, y};
                }
            }
        }
        assertThat(found).as("a lit pixel").isNotNull();
        return found;
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 15})
    void rotationBy90DegreesPermutesPixelsExactly(int size) {
        RgbImage image = noise(size, size, 7);
        float[] out = floats(AffineAugmenter.nearestFill(), image, Transform.identity().withRotation(90));
        // counter-clockwise on screen: output (x, y) shows source (size - 1 - y, x)
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                for (int c = 0; c < 3; c++) {
                    assertThat(at(out, size, x, y, c)).as("(%d, %d, %d)", x, y, c)
                            .isEqualTo((float) image.sample(size - 1 - y, x, c));
                }
            }
        }
    }

    @Test
    void fourQuarterTurnsGiveBackThePicture() {
        RgbImage image = noise(12, 12, 3);
        AffineAugmenter augmenter = AffineAugmenter.nearestFill();
        Transform quarter = Transform.identity().withRotation(90);
        RgbImage turned = image;
        for (int i = 0; i < 4; i++) {
            turned = augmenter.apply(turned, quarter);
            if (i < 3) {
                assertThat(turned).isNotEqualTo(image);
            }
        }
        assertThat(turned).isEqualTo(image);
    }

    @Test
    void rotationBy180DegreesTurnsThePictureUpsideDownWithoutMirroring() {
        RgbImage image = noise(9, 7, 11);
        RgbImage out = AffineAugmenter.nearestFill().apply(image, Transform.identity().withRotation(180));
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 9; x++) {
                assertThat(out.rgb(x, y)).isEqualTo(image.rgb(8 - x, 6 - y));
            }
        }
    }

    @Test
    void positiveTxMovesContentLeftAndPositiveTyMovesItUp() {
        RgbImage image = marker(32, 32, 10, 8);
        AffineAugmenter augmenter = AffineAugmenter.withFill(FillMode.CONSTANT, 0);
        assertThat(brightPixel(augmenter.apply(image, Transform.identity().withShift(3, 0)))).containsExactly(7, 8);
        assertThat(brightPixel(augmenter.apply(image, Transform.identity().withShift(0, 2)))).containsExactly(10, 6);
        assertThat(brightPixel(augmenter.apply(image, Transform.identity().withShift(-4, -5)))).containsExactly(14, 13);
    }

    @Test
    void halfPixelShiftSplitsAMarkerBetweenTwoPixels() {
        float[] out = floats(AffineAugmenter.nearestFill(), marker(8, 8, 4, 4), Transform.identity().withShift(0.5, 0));
        assertThat(at(out, 8, 3, 4, 0)).isCloseTo(127.5f, within(TOLERANCE));
        assertThat(at(out, 8, 4, 4, 0)).isCloseTo(127.5f, within(TOLERANCE));
        assertThat(at(out, 8, 5, 4, 0)).isCloseTo(0f, within(TOLERANCE));
    }
}
