package dev.coinid.model;

import dev.coinid.classification.Classification;
import dev.coinid.error.ImageDecodeException;
import dev.coinid.image.ExifOrientation;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.synthetic.SyntheticCoins;
import dev.coinid.testing.TestPictures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A large JPEG is decoded at reduced scale before it is fitted ({@link ImageDecoder#withScaledJpeg}
 * with TensorFlow's scaled decoder): the answers are those of the full-scale picture, the EXIF
 * orientation is kept, and a broken file still gets the typed error naming it.
 */
@Tag("slow")
class ReducedScaleClassifyTest {

    /** 4 times the shorter side the default preprocessing needs: decoded at 1/4. */
    private static final int LARGE = 4 * Preprocessing.polar().fitter().neededShorterSide();

    @TempDir
    Path dir;

    @Test
    void aLargeJpegTurnedByItsExifOrientationClassifiesAsTheFullScalePicture() throws IOException {
        CoinClassifier model = TrainedSyntheticModel.model();
        SyntheticCoins coins = SyntheticCoins.builder().imageSize(LARGE).seed(11).build();
        for (String label : coins.labels()) {
            RgbImage upright = coins.render(label, 0);
            // stored as a phone stores a portrait photo: turned, with tag 6 saying how to turn it back
            RgbImage stored = ExifOrientation.ROTATE_90_COUNTER_CLOCKWISE.apply(upright);
            Path file = dir.resolve(label + ".jpg");
            Files.write(file, TestPictures.withExifOrientation(TestPictures.jpeg(stored), 6));

            Classification reduced = model.classify(ImageSource.of(file));
            Classification fullScale = model.classify(ImageSource.of(ImageDecoder.defaults().decode(file)));

            assertThat(reduced.label()).as(label).isEqualTo(fullScale.label());
            for (int i = 0; i < model.labels().size(); i++) {
                assertThat(reduced.probabilities().get(i).probability()).as("%s, class %d", label, i)
                        .isCloseTo(fullScale.probabilities().get(i).probability(), within(0.1f));
            }
        }
    }

    @Test
    void aTruncatedLargeJpegStillGetsTheTypedErrorNamingTheFile() throws IOException {
        CoinClassifier model = TrainedSyntheticModel.model();
        byte[] jpeg = TestPictures.jpeg(SyntheticCoins.builder().imageSize(LARGE).seed(12).build().render("Atenas", 0));
        Path file = dir.resolve("cut.jpg");
        Files.write(file, Arrays.copyOf(jpeg, jpeg.length / 2));

        assertThatThrownBy(() -> model.classify(ImageSource.of(file))).isInstanceOf(ImageDecodeException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("truncated");
        assertThat(model.classifyAll(java.util.List.of(ImageSource.of(file))).get(0).error().orElseThrow())
                .isInstanceOf(ImageDecodeException.class).hasMessageStartingWith(file.toString());
    }
}
