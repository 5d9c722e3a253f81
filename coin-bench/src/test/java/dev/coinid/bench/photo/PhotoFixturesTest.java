package dev.coinid.bench.photo;

import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageResizer;
import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoFixturesTest {

    @Test
    void drawnPhotoEncodesToAJpegOfItsSizeThatIsNotTriviallyCompressible() {
        BufferedImage photo = PhonePhoto.draw(800, 600, 1);
        byte[] jpeg = PhonePhoto.jpeg(photo, PhonePhoto.JPEG_QUALITY);

        RgbImage decoded = ImageDecoder.defaults().decode(jpeg, "photo.jpg");

        assertThat(decoded.width()).isEqualTo(800);
        assertThat(decoded.height()).isEqualTo(600);
        // noise keeps it near a real photo's 1 to 3 bits per pixel, far above a flat drawing's
        assertThat(jpeg.length * 8.0 / (800 * 600)).isGreaterThan(1.0);
    }

    @Test
    void coinCropIsTheRequestedSquare() {
        BufferedImage crop = PhonePhoto.coinCrop(PhonePhoto.draw(800, 600, 1), 256);

        assertThat(crop.getWidth()).isEqualTo(256);
        assertThat(crop.getHeight()).isEqualTo(256);
    }

    @Test
    void tensorFlowDecodesAtReducedScaleWhatImageIoDecodesAtFullScale() {
        byte[] jpeg = PhonePhoto.jpeg(PhonePhoto.draw(800, 600, 3), PhonePhoto.JPEG_QUALITY);
        RgbImage full = ImageDecoder.defaults().decode(jpeg, "photo.jpg");
        try (TensorFlowJpegDecoder atFull = new TensorFlowJpegDecoder(1);
             TensorFlowJpegDecoder atEighth = new TensorFlowJpegDecoder(8)) {
            RgbImage same = atFull.decode(jpeg);
            RgbImage eighth = atEighth.decode(jpeg);

            assertThat(same.width()).isEqualTo(800);
            assertThat(meanAbsoluteDifference(same, full)).isLessThan(2.0);
            assertThat(eighth.width()).isEqualTo(100);
            assertThat(eighth.height()).isEqualTo(75);
            assertThat(meanAbsoluteDifference(eighth, ImageResizer.resize(full, 100, 75))).isLessThan(6.0);
        }
    }

    @Test
    void largestRatioLeavesAtLeastTheAskedShortSide() {
        assertThat(TensorFlowJpegDecoder.largestRatioKeeping(4000, 3000, 256)).isEqualTo(8);
        assertThat(TensorFlowJpegDecoder.largestRatioKeeping(4000, 3000, 400)).isEqualTo(4);
        assertThat(TensorFlowJpegDecoder.largestRatioKeeping(256, 256, 256)).isEqualTo(1);
        assertThatThrownBy(() -> new TensorFlowJpegDecoder(3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double meanAbsoluteDifference(RgbImage a, RgbImage b) {
        byte[] x = a.toRgbBytes();
        byte[] y = b.toRgbBytes();
        assertThat(x).hasSameSizeAs(y);
        long sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs((x[i] & 0xFF) - (y[i] & 0xFF));
        }
        return (double) sum / x.length;
    }
}
