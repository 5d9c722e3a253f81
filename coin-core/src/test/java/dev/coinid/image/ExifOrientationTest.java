package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExifOrientationTest {

    private final RgbImage stored = TestPictures.gradient(5, 3);

    @ParameterizedTest
    @EnumSource(ExifOrientation.class)
    void everyOrientationMatchesTheExifDefinition(ExifOrientation orientation) {
        // The EXIF definitions, composed from plain mirror and quarter-turn steps.
        RgbImage expected = switch (orientation.tag()) {
            case 1 -> stored;
            case 2 -> mirror(stored);
            case 3 -> clockwise(clockwise(stored));
            case 4 -> mirror(clockwise(clockwise(stored)));
            case 5 -> clockwise(clockwise(clockwise(mirror(stored))));
            case 6 -> clockwise(stored);
            case 7 -> clockwise(mirror(stored));
            case 8 -> clockwise(clockwise(clockwise(stored)));
            default -> throw new AssertionError(orientation);
        };

        assertThat(orientation.apply(stored)).isEqualTo(expected);
    }

    @Test
    void rotationBy90DegreesPermutesPixelsExactly() {
        RgbImage upright = ExifOrientation.ROTATE_90_CLOCKWISE.apply(stored);

        assertThat(upright.width()).isEqualTo(3);
        assertThat(upright.height()).isEqualTo(5);
        // the stored bottom-left corner becomes the top-left one, the top-left the top-right
        assertThat(upright.rgb(0, 0)).isEqualTo(stored.rgb(0, 2));
        assertThat(upright.rgb(2, 0)).isEqualTo(stored.rgb(0, 0));
        assertThat(upright.rgb(2, 4)).isEqualTo(stored.rgb(4, 0));
        assertThat(ExifOrientation.ROTATE_90_COUNTER_CLOCKWISE.apply(upright)).isEqualTo(stored);
    }

    @Test
    void fourQuarterTurnsGiveTheOriginalBack() {
        RgbImage turned = stored;
        for (int i = 0; i < 4; i++) {
            turned = ExifOrientation.ROTATE_90_CLOCKWISE.apply(turned);
        }
        assertThat(turned).isEqualTo(stored);
    }

    @Test
    void tagValuesOutsideOneToEightMeanUpright() {
        assertThat(ExifOrientation.fromTag(0)).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.fromTag(9)).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.fromTag(6)).isEqualTo(ExifOrientation.ROTATE_90_CLOCKWISE);
    }

    /** Left-right mirror image. */
    private static RgbImage mirror(RgbImage image) {
        return map(image, image.width(), image.height(), (x, y) -> image.rgb(image.width() - 1 - x, y));
    }

    /** A quarter turn clockwise: the left column becomes the top row. */
    private static RgbImage clockwise(RgbImage image) {
        return map(image, image.height(), image.width(), (x, y) -> image.rgb(y, image.height() - 1 - x));
    }

    private interface PixelAt {
        int rgb(int x, int y);
    }

    private static RgbImage map(RgbImage image, int width, int height, PixelAt source) {
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = source.rgb(x, y);
                int i = 3 * (y * width + x);
                rgb[i] = (byte) (p >> 16);
                rgb[i + 1] = (byte) (p >> 8);
                rgb[i + 2] = (byte) p;
            }
        }
        return RgbImage.of(width, height, rgb);
    }
}
