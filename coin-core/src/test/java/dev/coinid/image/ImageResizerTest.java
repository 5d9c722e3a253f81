package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.coinid.testing.TestPictures;
import org.junit.jupiter.api.Test;

class ImageResizerTest {

    @Test
    void enlargingUsesBilinearInterpolationBetweenPixelCentres() {
        // one row: black then white; at 4 pixels wide the centres fall at 1/4 and 3/4 between them
        RgbImage two = RgbImage.of(2, 1, new byte[] {0, 0, 0, (byte) 255, (byte) 255, (byte) 255});

        RgbImage four = ImageResizer.resize(two, 4, 1);

        assertThat(redRow(four)).containsExactly(0, 64, 191, 255);
    }

    @Test
    void shrinkingAOnePixelCheckerboardByTwoGivesEvenGray() {
        RgbImage checkerboard = checkerboard(64, 64);

        RgbImage half = ImageResizer.resize(checkerboard, 32, 32);

        // plain bilinear sampling would alias into stripes; the antialiased filter averages
        // (the outermost pixels see one side of the filter only, as in Pillow and TensorFlow)
        for (int y = 1; y < 31; y++) {
            for (int x = 1; x < 31; x++) {
                assertThat(half.sample(x, y, 0)).isCloseTo(128, offset(1));
            }
        }
    }

    @Test
    void shrinkingAPhotoSizedCheckerboardToModelSizeGivesEvenGray() {
        RgbImage checkerboard = checkerboard(3000, 2000);

        RgbImage small = ImageResizer.resize(checkerboard, 128, 96);

        assertThat(small.width()).isEqualTo(128);
        assertThat(small.height()).isEqualTo(96);
        byte[] rgb = small.toRgbBytes();
        for (byte b : rgb) {
            assertThat(b & 0xFF).isCloseTo(128, offset(2));
        }
    }

    @Test
    void aLargeShrinkFollowsASmoothGradient() {
        RgbImage gradient = TestPictures.gradient(256, 256);

        RgbImage small = ImageResizer.resize(gradient, 16, 16);

        // output pixel x covers source columns 16x .. 16x+15, whose red values average to about 16x + 7.5
        for (int x = 0; x < 16; x++) {
            double expected = (16 * x + 7.5) * 255.0 / 255.0;
            assertThat(small.sample(x, 8, 0)).as("red at x=%d", x).isCloseTo((int) Math.round(expected), offset(3));
        }
    }

    @Test
    void resizingKeepsTheMeanColour() {
        RgbImage gradient = TestPictures.gradient(200, 150);

        assertThat(mean(ImageResizer.resize(gradient, 37, 23))).isCloseTo(mean(gradient), offset(1.0));
        assertThat(mean(ImageResizer.resize(gradient, 400, 300))).isCloseTo(mean(gradient), offset(1.0));
    }

    @Test
    void aPlainColourStaysExactlyThatColour() {
        RgbImage plain = RgbImage.filled(333, 222, 12, 200, 99);

        assertThat(ImageResizer.resize(plain, 64, 64)).isEqualTo(RgbImage.filled(64, 64, 12, 200, 99));
        assertThat(ImageResizer.resize(plain, 1000, 700)).isEqualTo(RgbImage.filled(1000, 700, 12, 200, 99));
    }

    @Test
    void theSameSizeReturnsThePictureUnchanged() {
        RgbImage gradient = TestPictures.gradient(20, 10);

        assertThat(ImageResizer.resize(gradient, 20, 10)).isSameAs(gradient);
    }

    @Test
    void nonPositiveTargetSizesAreRefused() {
        RgbImage gradient = TestPictures.gradient(4, 4);

        assertThatThrownBy(() -> ImageResizer.resize(gradient, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageResizer.resize(gradient, 4, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RgbImage checkerboard(int width, int height) {
        byte[] rgb = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                byte v = (byte) (((x + y) & 1) == 0 ? 0 : 255);
                int i = 3 * (y * width + x);
                rgb[i] = v;
                rgb[i + 1] = v;
                rgb[i + 2] = v;
            }
        }
        return RgbImage.of(width, height, rgb);
    }

    private static int[] redRow(RgbImage image) {
        int[] row = new int[image.width()];
        for (int x = 0; x < row.length; x++) {
            row[x] = image.sample(x, 0, 0);
        }
        return row;
    }

    private static double mean(RgbImage image) {
        long sum = 0;
        byte[] rgb = image.toRgbBytes();
        for (byte b : rgb) {
            sum += b & 0xFF;
        }
        return (double) sum / rgb.length;
    }
}
