package dev.coinid.image;

import dev.coinid.error.ImageDecodeException;
import dev.coinid.error.ImageTooLargeException;
import dev.coinid.testing.TestPictures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ImageDecoder#withScaledJpeg}: a large JPEG handed over reduced, everything else as before. */
class ScaledJpegDecodingTest {

    private static final ImageDecoder FULL = ImageDecoder.defaults();

    /** A scaled decoder in plain Java (full decode, then resize) that records the scales it was asked for. */
    private static final class RecordingScaler implements ScaledJpegDecoder {
        final List<Integer> denominators = new ArrayList<>();

        @Override
        public synchronized RgbImage decode(byte[] jpeg, int denominator) {
            denominators.add(denominator);
            RgbImage stored = FULL.withExifOrientation(false).decode(jpeg, "scaled.jpg");
            return ImageResizer.resize(stored, (stored.width() + denominator - 1) / denominator,
                    (stored.height() + denominator - 1) / denominator);
        }
    }

    @Test
    void theSmallestScaleThatKeepsTheNeededShorterSideIsChosen() {
        assertThat(ImageDecoder.jpegScaleDenominator(4000, 3000, 256)).isEqualTo(8);   // 375
        assertThat(ImageDecoder.jpegScaleDenominator(3000, 4000, 256)).isEqualTo(8);
        assertThat(ImageDecoder.jpegScaleDenominator(1000, 1500, 256)).isEqualTo(2);   // 500; 1/4 is 250
        assertThat(ImageDecoder.jpegScaleDenominator(1021, 1021, 256)).isEqualTo(4);   // 256, rounded up
        assertThat(ImageDecoder.jpegScaleDenominator(500, 400, 256)).isEqualTo(1);     // 1/2 would be 200
        assertThat(ImageDecoder.jpegScaleDenominator(4000, 3000, 128)).isEqualTo(8);
    }

    @Test
    void aLargeJpegIsReducedAndTurnedUprightByItsExifOrientation() {
        RecordingScaler scaler = new RecordingScaler();
        byte[] tagged = TestPictures.withExifOrientation(TestPictures.jpeg(TestPictures.gradient(640, 480)), 6);

        RgbImage decoded = FULL.withScaledJpeg(scaler, 100).decode(tagged, "phone.jpg");

        assertThat(scaler.denominators).containsExactly(4);                     // 160x120 keeps >= 100
        assertThat(decoded.width()).isEqualTo(120);                             // turned upright: portrait
        assertThat(decoded.height()).isEqualTo(160);
        RgbImage upright = FULL.decode(tagged, "phone.jpg");
        assertThat(upright.width()).isEqualTo(480);
        // the reduced picture is the upright one, shrunk: its corners hold the same colours
        assertThat(close(decoded.rgb(0, 0), upright.rgb(0, 0))).isTrue();
        assertThat(close(decoded.rgb(119, 159), upright.rgb(479, 639))).isTrue();
        assertThat(close(decoded.rgb(119, 0), upright.rgb(479, 0))).isTrue();
    }

    @Test
    void smallJpegsAndOtherFormatsDecodeAtFullScaleAsBefore() {
        RecordingScaler scaler = new RecordingScaler();
        ImageDecoder decoder = FULL.withScaledJpeg(scaler, 100);
        byte[] small = TestPictures.jpeg(TestPictures.gradient(190, 250));     // 1/2 would leave 95
        byte[] png = TestPictures.encode(TestPictures.gradient(640, 480).toBufferedImage(), "png");

        assertThat(decoder.decode(small, "small.jpg")).isEqualTo(FULL.decode(small, "small.jpg"));
        assertThat(decoder.decode(png, "large.png")).isEqualTo(FULL.decode(png, "large.png"));
        assertThat(scaler.denominators).isEmpty();
    }

    @Test
    void whenTheScaledDecoderFailsTheJpegDecodesAtFullScale() {
        byte[] jpeg = TestPictures.jpeg(TestPictures.gradient(640, 480));
        ImageDecoder failing = FULL.withScaledJpeg((bytes, denominator) -> {
            throw new IllegalStateException("cannot");
        }, 100);
        ImageDecoder wrongSize = FULL.withScaledJpeg((bytes, denominator) -> RgbImage.filled(7, 7, 0, 0, 0), 100);

        assertThat(failing.decode(jpeg, "a.jpg")).isEqualTo(FULL.decode(jpeg, "a.jpg"));
        assertThat(wrongSize.decode(jpeg, "a.jpg")).isEqualTo(FULL.decode(jpeg, "a.jpg"));
    }

    @Test
    void aTruncatedOrOversizedLargeJpegGetsTheSameTypedErrorNamingTheFile() {
        byte[] jpeg = TestPictures.jpeg(TestPictures.gradient(640, 480));
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        ImageDecoder decoder = FULL.withScaledJpeg((bytes, denominator) -> {
            throw new IllegalStateException("Invalid JPEG data");
        }, 100);

        assertThatThrownBy(() -> decoder.decode(truncated, "photos/cut.jpg"))
                .isInstanceOf(ImageDecodeException.class).hasMessageStartingWith("photos/cut.jpg")
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> decoder.withMaxPixels(1000).decode(jpeg, "photos/big.jpg"))
                .isInstanceOf(ImageTooLargeException.class).hasMessageStartingWith("photos/big.jpg");
    }

    @Test
    void theSubsampledJpegTakesEveryNthPixelOfTheUprightPictureAndATruncatedOneStillFailsNamingTheFile() {
        byte[] tagged = TestPictures.withExifOrientation(TestPictures.jpeg(TestPictures.gradient(640, 480)), 6);
        ImageDecoder subsampled = FULL.withSubsampledJpeg(100);

        RgbImage decoded = subsampled.decode(tagged, "phone.jpg");
        RgbImage upright = FULL.decode(tagged, "phone.jpg");

        assertThat(decoded.width()).isEqualTo(120);                             // 1/4, turned upright
        assertThat(decoded.height()).isEqualTo(160);
        for (int y = 0; y < 160; y += 13) {
            for (int x = 0; x < 120; x += 11) {
                assertThat(close(decoded.rgb(x, y), upright.rgb(4 * x + 3, 4 * y))).as("(%d, %d)", x, y).isTrue();
            }
        }
        byte[] truncated = Arrays.copyOf(TestPictures.jpeg(TestPictures.gradient(640, 480)), 3000);
        assertThatThrownBy(() -> subsampled.decode(truncated, "photos/cut.jpg"))
                .isInstanceOf(ImageDecodeException.class).hasMessageStartingWith("photos/cut.jpg");
    }

    private static boolean close(int rgb1, int rgb2) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb1 >> shift) & 0xFF) - ((rgb2 >> shift) & 0xFF)) > 12) {
                return false;
            }
        }
        return true;
    }
}
