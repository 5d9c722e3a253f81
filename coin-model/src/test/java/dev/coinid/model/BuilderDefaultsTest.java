package dev.coinid.model;

import dev.coinid.image.Fit;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.recipe.Recipe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coinid.image.Outcome;
import dev.coinid.augment.Augmentation;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.synthetic.SyntheticCoins;
import dev.coinid.classification.Classification;
import dev.coinid.dataset.LabelledImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An untouched builder trains coinid's measured recipe: the polar one (see docs/classification.md). */
class BuilderDefaultsTest {

    @TempDir
    Path temp;

    @Test
    void anUntouchedBuilderTrainsThePolarRecipe() {
        ImageDataset coins = SyntheticCoins.builder().imageSize(96).imagesPerClass(4).seed(3).build().generate();

        try (CoinClassifier model = CoinClassifier.builder().epochs(1).threads(1).train(coins)) {
            assertThat(model.preprocessing()).isEqualTo(Preprocessing.polar());
            assertThat(model.preprocessing().fit()).isEqualTo(Fit.COIN_POLAR);
            assertThat(model.preprocessing().normalization()).isEqualTo(Normalization.GRAY_LOCAL_CONTRAST);
            assertThat(model.architecture()).isEqualTo(Architectures.polarCnn());
            assertThat(model.metadata().training().augmentation()).isEqualTo(Augmentation.polarPreset());
            assertThat(model.metadata().training().batchSize()).isEqualTo(32);
        }
    }

    @Test
    void theBuilderStartsFromThePolarRecipeAndTakesTheSeedRecipeByName() {
        assertThat(CoinClassifier.builder().recipe()).isEqualTo(Recipe.polar())
                .isEqualTo(new Recipe(Preprocessing.polar(), Architectures.polarCnn(), Augmentation.polarPreset(),
                        40, 32, 1e-3));
        Recipe seed = CoinClassifier.builder().recipe(Recipe.seed()).recipe();
        assertThat(seed).isEqualTo(Recipe.seed());
        assertThat(seed.preprocessing()).isEqualTo(Preprocessing.seed());
        assertThat(seed.architecture()).isEqualTo(Architectures.seedCnn());
        assertThat(seed.augmentation()).isEqualTo(Augmentation.seedPreset());
        assertThat(List.of(seed.epochs(), seed.batchSize())).containsExactly(50, 20);
        assertThat(CoinClassifier.builder().epochs(7).inputSize(64, 16).recipe())
                .isEqualTo(new Recipe(Preprocessing.polar().inputSize(64, 16), Architectures.polarCnn(),
                        Augmentation.polarPreset(), 7, 32, 1e-3));
    }

    @Test
    void aSavedPolarModelLoadsWithItsPreprocessingAndGivesTheSameProbabilities() {
        ImageDataset coins = SyntheticCoins.builder().imageSize(96).imagesPerClass(4).seed(4).build().generate();
        Path dir = temp.resolve("polar-model");
        List<Classification> before;
        try (CoinClassifier model = CoinClassifier.builder().epochs(1).threads(1).train(coins)) {
            before = model.classifyAll(coins.stream().map(LabelledImage::source).toList()).stream()
                    .map(Outcome::orElseThrow).toList();
            model.save(dir);
        }

        try (CoinClassifier loaded = CoinClassifier.load(dir, 1)) {
            assertThat(loaded.preprocessing()).isEqualTo(Preprocessing.polar());
            assertThat(loaded.architecture()).isEqualTo(Architectures.polarCnn());
            List<Classification> after = loaded.classifyAll(coins.stream().map(LabelledImage::source).toList()).stream()
                    .map(Outcome::orElseThrow).toList();
            for (int i = 0; i < before.size(); i++) {
                for (int c = 0; c < before.get(i).probabilities().size(); c++) {
                    assertThat(after.get(i).probabilities().get(c).probability())
                            .isCloseTo(before.get(i).probabilities().get(c).probability(), within(1e-6f));
                }
            }
        }
    }
}
