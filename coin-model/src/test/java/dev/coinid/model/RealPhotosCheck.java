package dev.coinid.model;

import dev.coinid.augment.Augmentation;
import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.DatasetSplitter;
import dev.coinid.dataset.GroupKey;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.TrainingListener;
import dev.coinid.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trains the default classifier on the real photos of {@code ../shared/datasets/euro-common-side}
 * (8 classes) split by photograph, and reports the test scores; no threshold, this measures. It
 * takes several minutes on 2 cores, so it is off by default: run it with
 * {@code mvn -pl coin-model test -Dtest=RealPhotosCheck -Dcoinid.realPhotos=true}
 * (optionally {@code -Dcoinid.realPhotos.epochs=N}). Skips where the shared folder is absent.
 */
@EnabledIfSystemProperty(named = "coinid.realPhotos", matches = "true")
class RealPhotosCheck {

    @Test
    void trainOnGroupAwareSplitAndReportTestMacroRecall() {
        Path folder = SharedData.dataset("euro-common-side");
        ImageDataset photos = ImageDataset.fromClassFolders(folder);
        DatasetSplit split = DatasetSplitter.builder().groupKey(GroupKey.regex("IMG_\\d+_\\d+")).seed(42).build().split(photos);
        assertThat(groups(split.train())).doesNotContainAnyElementsOf(groups(split.test()));
        System.out.println("split: " + split);

        int epochs = Integer.getInteger("coinid.realPhotos.epochs", 50);
        long start = System.nanoTime();
        try (CoinClassifier model = CoinClassifier.builder()
                .inputSize(128, 128)
                .augmentation(Augmentation.seedPreset())
                .epochs(epochs).batchSize(20).learningRate(1e-3)
                .earlyStopping(EarlyStopping.onValidationLoss().patience(9).restoreBestWeights(true))
                .seed(42)
                .listener(TrainingListener.progressBar(System.out))
                .train(split.train(), split.validation())) {
            double minutes = (System.nanoTime() - start) / 60e9;
            Evaluation test = model.evaluate(split.test());
            System.out.println(model.history().toCsv());
            System.out.printf("trained %d epochs in %.1f min; test set:%n%s%n", model.history().epochs().size(), minutes,
                    test.report());
            assertThat(test.count()).isEqualTo(split.test().size());
            assertThat(test.macroRecall()).isBetween(0.0, 1.0);
        }
    }

    private static Set<String> groups(ImageDataset dataset) {
        GroupKey key = GroupKey.regex("IMG_\\d+_\\d+");
        return dataset.stream().map(key::groupOf).collect(java.util.stream.Collectors.toSet());
    }
}
