package dev.coinid.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.augment.Augmentation;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.synthetic.SyntheticCoins;
import org.junit.jupiter.api.Test;

/** An untouched builder trains coinid's measured recipe: the polar one (see the README's results). */
class BuilderDefaultsTest {

    @Test
    void anUntouchedBuilderTrainsThePolarRecipe() {
        ImageDataset coins = SyntheticCoins.builder().imageSize(96).imagesPerClass(4).seed(3).build().generate();

        try (CoinClassifier model = CoinClassifier.builder().epochs(1).threads(1).train(coins)) {
            assertThat(model.preprocessing()).isEqualTo(Preprocessing.polar());
            assertThat(model.preprocessing().fit()).isEqualTo(Fit.COIN_POLAR);
            assertThat(model.preprocessing().normalization()).isEqualTo(Normalization.GRAY_LOCAL_CONTRAST);
            assertThat(model.architecture()).isEqualTo(Architectures.polarCnn());
            assertThat(model.metadata().training().augmentation()).isEqualTo(Augmentation.polarPreset().toString());
            assertThat(model.metadata().training().batchSize()).isEqualTo(32);
            // and it classifies a photo of any size through the same preprocessing
            assertThat(model.labels()).contains(model.classify(coins.get(0).source()).label());
        }
    }
}
