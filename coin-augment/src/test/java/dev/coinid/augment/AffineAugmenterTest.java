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

    @Test
    void zoomOfHalfMagnifiesTheCentreTwofold() {
        int size = 33; // centre 16
        RgbImage image = noise(size, size, 5);
        float[] out = floats(AffineAugmenter.nearestFill(), image, Transform.identity().withZoom(0.5, 0.5));
        for (int j = -8; j <= 8; j++) {
            for (int k = -8; k <= 8; k++) {
                // every second output pixel is a source pixel, the ones between are averages
                assertThat(at(out, size, 16 + 2 * k, 16 + 2 * j, 1))
                        .isEqualTo((float) image.sample(16 + k, 16 + j, 1));
                if (k < 8) {
                    float between = (image.sample(16 + k, 16 + j, 1) + image.sample(16 + k + 1, 16 + j, 1)) / 2f;
                    assertThat(at(out, size, 16 + 2 * k + 1, 16 + 2 * j, 1)).isCloseTo(between, within(TOLERANCE));
                }
            }
        }
    }

    @Test
    void zoomOfTwoShrinksThePictureAroundItsCentre() {
        int size = 33;
        RgbImage image = noise(size, size, 6);
        float[] out = floats(AffineAugmenter.withFill(FillMode.CONSTANT, 0), image, Transform.identity().withZoom(2, 2));
        // output (16 + k) shows source (16 + 2k); beyond a quarter of the way out the border is filled
        assertThat(at(out, size, 16 + 5, 16 - 3, 0)).isEqualTo((float) image.sample(16 + 10, 16 - 6, 0));
        assertThat(at(out, size, 0, 0, 0)).isZero();
    }

    /** Row picture whose value at column x is 20 * x + y, to tell columns apart. */
    private static final RgbImage COLUMNS = gray(8, 4, (x, y) -> 20 * x + y);

    /** Output of a shift by tx = +3 (right border uncovered) and tx = -3 (left border uncovered). */
    private static float[][] shiftedBothWays(AffineAugmenter augmenter) {
        return new float[][] {
                floats(augmenter, COLUMNS, Transform.identity().withShift(3, 0)),
                floats(augmenter, COLUMNS, Transform.identity().withShift(-3, 0))};
    }

    private static void assertColumns(float[] out, int[] outputColumns, int[] sourceColumns) {
        for (int y = 0; y < 4; y++) {
            for (int i = 0; i < outputColumns.length; i++) {
                assertThat(at(out, 8, outputColumns[i], y, 2)).as("output column %d, row %d", outputColumns[i], y)
                        .isEqualTo(20f * sourceColumns[i] + y);
            }
        }
    }

    @Test
    void nearestFillRepeatsTheEdgePixel() {
        float[][] out = shiftedBothWays(AffineAugmenter.nearestFill());
        assertColumns(out[0], new int[] {0, 4, 5, 6, 7}, new int[] {3, 7, 7, 7, 7});
        assertColumns(out[1], new int[] {0, 1, 2, 3, 7}, new int[] {0, 0, 0, 0, 4});
    }

    @Test
    void reflectFillMirrorsAboutTheEdgeIncludingTheEdgePixel() {
        float[][] out = shiftedBothWays(AffineAugmenter.withFill(FillMode.REFLECT, 0));
        // sources 8, 9, 10 read 7, 6, 5; sources -3, -2, -1 read 2, 1, 0
        assertColumns(out[0], new int[] {4, 5, 6, 7}, new int[] {7, 7, 6, 5});
        assertColumns(out[1], new int[] {0, 1, 2, 3}, new int[] {2, 1, 0, 0});
    }

    @Test
    void wrapFillTilesThePicture() {
        float[][] out = shiftedBothWays(AffineAugmenter.withFill(FillMode.WRAP, 0));
        assertColumns(out[0], new int[] {4, 5, 6, 7}, new int[] {7, 0, 1, 2});
        assertColumns(out[1], new int[] {0, 1, 2, 3}, new int[] {5, 6, 7, 0});
    }

    @Test
    void constantFillPaintsTheUncoveredBorderWithTheFillValue() {
        float[][] out = shiftedBothWays(AffineAugmenter.withFill(FillMode.CONSTANT, 200));
        assertColumns(out[0], new int[] {0, 4}, new int[] {3, 7});
        assertColumns(out[1], new int[] {3, 7}, new int[] {0, 4});
        for (int y = 0; y < 4; y++) {
            for (int x : new int[] {5, 6, 7}) {
                assertThat(at(out[0], 8, x, y, 0)).isEqualTo(200f);
                assertThat(at(out[1], 8, 7 - x, y, 0)).isEqualTo(200f);
            }
        }
    }

    @Test
    void constantFillLeavesTheCornersOfARotatedPictureFilledAndItsCentreAlone() {
        RgbImage image = RgbImage.filled(21, 21, 90, 90, 90);
        RgbImage out = AffineAugmenter.withFill(FillMode.CONSTANT, 7).apply(image, Transform.identity().withRotation(45));
        assertThat(out.sample(0, 0, 0)).isEqualTo(7);
        assertThat(out.sample(20, 20, 1)).isEqualTo(7);
        assertThat(out.sample(10, 10, 2)).isEqualTo(90);
        assertThat(out.sample(10, 0, 2)).isEqualTo(90); // the middle of an edge turns to a point still inside
    }

    @Test
    void shearSlantsAVerticalLineAsTheMatrixSays() {
        int size = 33; // centre 16
        RgbImage line = gray(size, size, (x, y) -> x == 16 ? 255 : 0);
        float[] out = floats(AffineAugmenter.withFill(FillMode.CONSTANT, 0), line, Transform.identity().withShear(30));
        // source x = x - sin(30) * (y - 16): the line shows where x = 16 + (y - 16) / 2
        for (int dy = -16; dy <= 16; dy++) {
            int y = 16 + dy;
            if (dy % 2 == 0) {
                assertThat(at(out, size, 16 + dy / 2, y, 0)).as("row %d", y).isCloseTo(255f, within(TOLERANCE));
                assertThat(at(out, size, 16 + dy / 2 + 1, y, 0)).as("row %d", y).isCloseTo(0f, within(TOLERANCE));
            } else {
                int left = 16 + Math.floorDiv(dy, 2);
                assertThat(at(out, size, left, y, 0)).as("row %d", y).isCloseTo(127.5f, within(TOLERANCE));
                assertThat(at(out, size, left + 1, y, 0)).as("row %d", y).isCloseTo(127.5f, within(TOLERANCE));
            }
        }
    }

    @Test
    void everyTransformSamplesALinearPictureExactlyWhereItsMatrixPoints() {
        // bilinear sampling reproduces a linear function exactly, so each inside pixel must equal
        // the function at the source point the matrix names
        int width = 40;
        int height = 36;
        RgbImage ramp = gray(width, height, (x, y) -> x + 2 * y);
        SplittableRandom random = new SplittableRandom(99);
        for (int n = 0; n < 20; n++) {
            Transform t = new Transform(random.nextDouble(-180, 180), random.nextDouble(-5, 5), random.nextDouble(-5, 5),
                    random.nextDouble(-40, 40), random.nextDouble(0.6, 1.4), random.nextDouble(0.6, 1.4),
                    1, 0, 1, 1, 1, 1, 1);
            AffineMatrix m = t.matrix(width, height);
            float[] out = floats(AffineAugmenter.withFill(FillMode.CONSTANT, 255), ramp, t);
            int inside = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double sx = m.sourceX(x, y);
                    double sy = m.sourceY(x, y);
                    double expected = sx >= 0 && sx <= width - 1 && sy >= 0 && sy <= height - 1 ? sx + 2 * sy : 255;
                    assertThat((double) at(out, width, x, y, 0)).as("%s at (%d, %d)", t, x, y)
                            .isCloseTo(expected, within(2e-3));
                    inside += expected == 255 ? 0 : 1;
                }
            }
            assertThat(inside).isGreaterThan(width * height / 10);
        }
    }

    @Test
    void brightnessMultipliesValuesAndClipsThemAt255() {
        RgbImage image = RgbImage.filled(4, 3, 100, 200, 40);
        float[] out = floats(AffineAugmenter.nearestFill(), image, Transform.identity().withBrightness(1.5));
        for (int i = 0; i < out.length; i += 3) {
            assertThat(new float[] {out[i], out[i + 1], out[i + 2]}).containsExactly(150f, 255f, 60f);
        }
    }

    @Test
    void rescaleMultipliesTheFinalValues() {
        RgbImage image = RgbImage.filled(2, 2, 100, 200, 40);
        FloatBuffer out = FloatBuffer.allocate(12);
        AffineAugmenter.nearestFill().applyInto(image, Transform.identity().withBrightness(0.5), 1 / 255f, out, 0);
        assertThat(out.get(0)).isCloseTo(50 / 255f, within(1e-6f));
        assertThat(out.get(1)).isCloseTo(100 / 255f, within(1e-6f));
        assertThat(out.get(2)).isCloseTo(20 / 255f, within(1e-6f));
    }

    @Test
    void channelShiftAddsOneOffsetToAllChannelsClippedToThePicturesOwnRange() {
        RgbImage image = RgbImage.of(2, 1, new byte[] {50, 60, 70, (byte) 180, (byte) 190, (byte) 200});
        float[] up = floats(AffineAugmenter.nearestFill(), image, Transform.identity().withChannelShift(30));
        assertThat(up).containsExactly(80, 90, 100, 200, 200, 200);
        float[] down = floats(AffineAugmenter.nearestFill(), image, Transform.identity().withChannelShift(-30));
        assertThat(down).containsExactly(50, 50, 50, 150, 160, 170);
    }

    @Test
    void colorGainMultipliesEachChannelByItsOwnFactor() {
        RgbImage image = RgbImage.of(2, 1, new byte[] {100, 100, 100, (byte) 200, 10, 10});
        float[] out = floats(AffineAugmenter.nearestFill(), image, Transform.identity().withColorGain(2, 1, 0.5));
        assertThat(out).containsExactly(200, 100, 50, 255, 10, 5);
    }

    @Test
    void saturationBlendsEachPixelWithItsGrayValue() {
        RgbImage image = RgbImage.of(1, 1, new byte[] {(byte) 200, 100, 50});
        float gray = 0.299f * 200 + 0.587f * 100 + 0.114f * 50; // 124.2
        assertThat(floats(AffineAugmenter.nearestFill(), image, Transform.identity().withSaturation(0)))
                .containsExactly(new float[] {gray, gray, gray}, within(TOLERANCE));
        assertThat(floats(AffineAugmenter.nearestFill(), image, Transform.identity().withSaturation(0.5)))
                .containsExactly(new float[] {(gray + 200) / 2, (gray + 100) / 2, (gray + 50) / 2}, within(TOLERANCE));
        assertThat(floats(AffineAugmenter.nearestFill(), image, Transform.identity().withSaturation(2)))
                .containsExactly(new float[] {255, 2 * 100 - gray, 0}, within(TOLERANCE));
    }

    @Test
    void gammaBendsTheToneCurveAndKeepsBlackAndWhite() {
        RgbImage image = RgbImage.of(1, 1, new byte[] {0, (byte) 128, (byte) 255});
        assertThat(floats(AffineAugmenter.nearestFill(), image, Transform.identity().withGamma(2)))
                .containsExactly(new float[] {0, 255 * (128 / 255f) * (128 / 255f), 255}, within(TOLERANCE));
        assertThat(floats(AffineAugmenter.nearestFill(), image, Transform.identity().withGamma(0.5)))
                .containsExactly(new float[] {0, (float) (255 * Math.sqrt(128 / 255.0)), 255}, within(TOLERANCE));
    }

    @Test
    void applyRoundsToTheNearestByte() {
        RgbImage image = RgbImage.of(2, 1, new byte[] {0, 0, 0, 1, 2, 3});
        RgbImage out = AffineAugmenter.nearestFill().apply(image, Transform.identity().withShift(0.5, 0));
        // (0 + 1) / 2 = 0.5 rounds up, (0 + 3) / 2 = 1.5 rounds up; the last column repeats the edge
        assertThat(out.toRgbBytes()).containsExactly(1, 1, 2, 1, 2, 3);
    }

    @Test
    void applyIntoWritesAtTheIndexAndLeavesThePositionAlone() {
        RgbImage image = RgbImage.filled(2, 2, 1, 2, 3);
        FloatBuffer out = FloatBuffer.allocate(20);
        out.position(4);
        AffineAugmenter.nearestFill().applyInto(image, Transform.identity(), 2f, out, 5);
        assertThat(out.position()).isEqualTo(4);
        assertThat(out.get(4)).isZero();
        assertThat(out.get(5)).isEqualTo(2f);
        assertThat(out.get(16)).isEqualTo(6f);
        assertThat(out.get(17)).isZero();
    }

    @Test
    void applyIntoRejectsABufferWithoutRoomOrReadOnly() {
        RgbImage image = RgbImage.filled(2, 2, 1, 2, 3);
        AffineAugmenter augmenter = AffineAugmenter.nearestFill();
        assertThatThrownBy(() -> augmenter.applyInto(image, Transform.identity(), 1, FloatBuffer.allocate(20), 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no room for 12 floats at index 9");
        assertThatThrownBy(() -> augmenter.applyInto(image, Transform.identity(), 1,
                FloatBuffer.allocate(12).asReadOnlyBuffer(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read-only");
    }

    @Test
    void withFillRejectsAFillValueOutsideThePixelRange() {
        assertThatThrownBy(() -> AffineAugmenter.withFill(FillMode.CONSTANT, 300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fillValue").hasMessageContaining("300");
    }
}
