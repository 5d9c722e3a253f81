package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinid.testing.TestPictures;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class RgbImageTest {

    @Test
    void pixelsAreStoredInterleavedRowByRow() {
        RgbImage image = RgbImage.of(2, 1, new byte[] {1, 2, 3, 4, 5, 6});

        assertThat(image.sample(1, 0, 2)).isEqualTo(6);
        assertThat(image.rgb(0, 0)).isEqualTo(0x010203);
        assertThat(image.pixels().get(3)).isEqualTo((byte) 4);
    }

    @Test
    void bufferedImageRoundTripIsExact() {
        RgbImage gradient = TestPictures.gradient(17, 9);

        assertThat(RgbImage.fromBufferedImage(gradient.toBufferedImage())).isEqualTo(gradient);
    }

    @Test
    void grayBufferedImageKeepsItsSampleValues() {
        // getRGB would turn gray 128 into 188, treating Java's gray colour space as linear light
        BufferedImage gray = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        gray.getRaster().setSample(0, 0, 0, 128);

        assertThat(RgbImage.fromBufferedImage(gray).rgb(0, 0)).isEqualTo(0x808080);
    }

    @Test
    void intRgbAndArgbBufferedImagesAreRead() {
        BufferedImage rgb = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0x123456);
        BufferedImage argb = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x00FF0000);

        assertThat(RgbImage.fromBufferedImage(rgb).rgb(0, 0)).isEqualTo(0x123456);
        assertThat(RgbImage.fromBufferedImage(argb).rgb(0, 0)).isEqualTo(0xFFFFFF);
    }

    @Test
    void cropCopiesTheRectangle() {
        RgbImage gradient = TestPictures.gradient(10, 8);

        RgbImage crop = gradient.crop(3, 2, 4, 5);

        assertThat(crop.width()).isEqualTo(4);
        assertThat(crop.height()).isEqualTo(5);
        assertThat(crop.rgb(0, 0)).isEqualTo(gradient.rgb(3, 2));
        assertThat(crop.rgb(3, 4)).isEqualTo(gradient.rgb(6, 6));
    }

    @Test
    void cropOutsideThePictureIsRefused() {
        RgbImage gradient = TestPictures.gradient(10, 8);

        assertThatThrownBy(() -> gradient.crop(8, 0, 3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10x8");
    }

    @Test
    void theArrayGivenToOfIsCopied() {
        byte[] rgb = {1, 2, 3};
        RgbImage image = RgbImage.of(1, 1, rgb);
        rgb[0] = 99;

        assertThat(image.sample(0, 0, 0)).isEqualTo(1);
    }
}
