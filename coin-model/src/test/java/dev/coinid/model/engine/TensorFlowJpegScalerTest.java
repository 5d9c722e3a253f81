package dev.coinid.model.engine;

import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageResizer;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticCoins;
import dev.coinid.testing.TestPictures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static dev.coinid.testing.TestPictures.meanAbsoluteDifference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TensorFlowJpegScalerTest {

    private static TensorFlowJpegScaler scaler;
    private static byte[] jpeg;
    private static RgbImage full;

    @BeforeAll
    static void open() {
        scaler = new TensorFlowJpegScaler();
        full = SyntheticCoins.builder().imageSize(400).seed(3).build().render("Atenas", 0).crop(0, 0, 400, 301);
        jpeg = TestPictures.jpeg(full);
    }

    @AfterAll
    static void close() {
        scaler.close();
    }

    @Test
    void eachScaleGivesLibjpegsRoundedUpSizeAndThePictureShrunk() {
        RgbImage decoded = ImageDecoder.defaults().decode(jpeg, "coin.jpg");
        for (int denominator : new int[] {2, 4, 8}) {
            RgbImage reduced = scaler.decode(jpeg, denominator);
            int w = (400 + denominator - 1) / denominator;
            int h = (301 + denominator - 1) / denominator;
            assertThat(reduced.width()).as("1/%d", denominator).isEqualTo(w);
            assertThat(reduced.height()).as("1/%d", denominator).isEqualTo(h);
            assertThat(meanAbsoluteDifference(reduced, ImageResizer.resize(decoded, w, h)))
                    .as("1/%d against the full decode resized", denominator).isLessThan(6.0);
        }
    }

    @Test
    void aTruncatedOrCorruptJpegFailsInsteadOfBeingGuessed() {
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        byte[] notJpeg = "not a jpeg at all".getBytes();

        assertThatThrownBy(() -> scaler.decode(truncated, 4)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> scaler.decode(notJpeg, 2)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> scaler.decode(jpeg, 3)).isInstanceOf(IllegalArgumentException.class);
    }

}
