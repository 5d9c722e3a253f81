package dev.coinid.model;

import dev.coinid.model.recipe.Precision;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The precision is chosen when a model is loaded, not saved with it: a saved model runs in either. */
class PrecisionOnLoadTest {

    static final Path saved = TrainedSyntheticModel.saved();
    static final List<RgbImage> images = TrainedSyntheticModel.testPictures(8, 20);

    @Test
    void nothingAboutThePrecisionIsWrittenWithTheModel() throws IOException {
        try (Stream<Path> files = Files.walk(saved)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertThat(Files.readString(file).toLowerCase(Locale.ROOT)).doesNotContain("precision", "bfloat16");
            }
        }
    }

    @Test
    void aPlainLoadComputesInFloat32() {
        try (CoinClassifier plain = CoinClassifier.load(saved, 2);
             CoinClassifier float32 = CoinClassifier.load(saved, 2, Precision.FLOAT32)) {
            for (RgbImage image : images) {
                assertThat(CoinClassifierTrainingTest.probabilities(plain.classify(ImageSource.of(image))))
                        .containsExactly(CoinClassifierTrainingTest.probabilities(float32.classify(ImageSource.of(image))));
            }
        }
    }

    @Test
    void theSameSavedModelLoadsAndClassifiesInBfloat16() {
        try (CoinClassifier bfloat16 = CoinClassifier.load(saved, 2, Precision.BFLOAT16)) {
            assertThat(bfloat16.labels()).isEqualTo(TrainedSyntheticModel.model().labels());
            // only the shape of the answer: oneDNN's bfloat16 results vary from call to call (see Precision)
            for (RgbImage image : images) {
                assertThat(CoinClassifierTrainingTest.probabilities(bfloat16.classify(ImageSource.of(image))))
                        .hasSize(TrainedSyntheticModel.model().labels().size());
            }
        }
    }
}
