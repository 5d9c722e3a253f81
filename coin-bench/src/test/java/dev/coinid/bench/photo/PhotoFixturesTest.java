package dev.coinid.bench.photo;

import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageResizer;
import dev.coinid.image.RgbImage;
import dev.coinid.model.engine.TensorFlowJpegScaler;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static dev.coinid.testing.TestPictures.meanAbsoluteDifference;
import static org.assertj.core.api.Assertions.assertThat;

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
        try (TensorFlowJpegScaler scaler = new TensorFlowJpegScaler()) {
            RgbImage same = scaler.decode(jpeg, 1);
            RgbImage eighth = scaler.decode(jpeg, 8);

            assertThat(same.width()).isEqualTo(800);
            assertThat(meanAbsoluteDifference(same, full)).isLessThan(2.0);
            assertThat(eighth.width()).isEqualTo(100);
            assertThat(eighth.height()).isEqualTo(75);
            assertThat(meanAbsoluteDifference(eighth, ImageResizer.resize(full, 100, 75))).isLessThan(6.0);
        }
    }
}
