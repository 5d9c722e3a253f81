package dev.coinid.examples;

import dev.coinid.catalog.CatalogMatch;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.LabelMapping;
import dev.coinid.image.Outcome;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.synthetic.SyntheticCoins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two example programs a developer copies from, run one after the other as a reader would. */
class TrainFromFolderTest {

    @TempDir
    Path temp;

    @Test
    void trainsSavesAndTheSavedModelIdentifiesCoinsInTheCatalog() {
        Path photos = temp.resolve("photos");
        SyntheticCoins.builder().imageSize(32).imagesPerClass(10).seed(3).build().writeTo(photos);
        Path modelDir = temp.resolve("model");

        Recipe polar = Recipe.polar();
        Recipe oneEpoch = new Recipe(polar.preprocessing(), polar.architecture(), polar.augmentation(), 1,
                polar.batchSize(), polar.learningRate());
        Evaluation test = TrainFromFolder.trainAndSave(photos, modelDir, null, oneEpoch);

        assertThat(test.count()).isEqualTo(8); // 20% of 4 x 10
        assertThat(test.labels()).isEqualTo(SyntheticCoins.DEFAULT_LABELS);
        assertThat(temp.resolve("model-charts").resolve("training-curves.png")).isRegularFile();
        assertThat(temp.resolve("model-charts").resolve("confusion-matrix.png")).isRegularFile();

        List<Path> samples = List.of(photos.resolve("Francia/Francia_0000.jpg"), photos.resolve("Atenas/Atenas_0001.jpg"));
        List<CatalogMatch> coins = ClassifyWithCatalog.identify(modelDir, samples, CoinCatalog.bundled(),
                LabelMapping.seedClasses()).stream().map(Outcome::orElseThrow).toList();

        assertThat(coins).extracting(CatalogMatch::photo)
                .containsExactly(samples.get(0).toString(), samples.get(1).toString());
        for (CatalogMatch coin : coins) {
            assertThat(coin.isInCatalog()).isTrue();
            assertThat(coin.isCommemorative()).isEqualTo(!coin.label().equals("Francia"));
        }
    }
}
