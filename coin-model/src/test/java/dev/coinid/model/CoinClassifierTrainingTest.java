package dev.coinid.model;

import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.image.RgbImage;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.model.training.EpochResult;
import dev.coinid.model.training.StopReason;
import dev.coinid.model.training.TrainingHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Behaviour of a classifier trained on synthetic coins (trained once, see {@link TrainedSyntheticModel}). */
class CoinClassifierTrainingTest {

    private final CoinClassifier model = TrainedSyntheticModel.model();

    @Test
    void learnsSyntheticCoinsToAtLeast90PercentTestAccuracy() {
        Evaluation ev = model.evaluate(TrainedSyntheticModel.testSet());
        System.out.println(ev.report());
        assertThat(ev.count()).isEqualTo(160);
        assertThat(ev.accuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(ev.macroRecall()).isGreaterThanOrEqualTo(0.9);
        assertThat(ev.kerasRecall()).isLessThanOrEqualTo(ev.accuracy());
    }

    @Test
    void trainingLossDecreases() {
        List<EpochResult> epochs = model.history().epochs();
        assertThat(epochs).hasSizeGreaterThanOrEqualTo(3);
        assertThat(epochs.get(epochs.size() - 1).trainLoss()).isLessThan(epochs.get(0).trainLoss() * 0.5);
        assertThat(epochs).allSatisfy(e -> assertThat(e.hasValidation()).isTrue());
    }

    @Test
    void modelHoldsTheEpochWithTheLowestValidationLoss() {
        TrainingHistory history = model.history();
        EpochResult best = history.epochs().stream().min(Comparator.comparingDouble(EpochResult::validationLoss)).orElseThrow();
        assertThat(history.modelEpoch()).isEqualTo(best.epoch());
        Evaluation validation = model.evaluate(TrainedSyntheticModel.validationSet());
        assertThat(validation.loss()).isCloseTo(best.validationLoss(), within(1e-3));
        assertThat(model.metadata().metrics()).containsEntry("validation_loss", best.validationLoss());
        // 8 epochs asked, patience 3: the run stops early exactly when it ended short of 8, 3 epochs after its best
        if (history.epochs().size() < 8) {
            assertThat(history.stopReason()).isEqualTo(StopReason.EARLY_STOPPED);
            assertThat(history.epochs().size()).isEqualTo(best.epoch() + 3);
        } else {
            assertThat(history.stopReason()).isEqualTo(StopReason.COMPLETED);
        }
    }

    @Test
    void metadataDescribesTheTraining() {
        ModelMetadata m = model.metadata();
        assertThat(m.labels()).containsExactly("Altamira", "Atenas", "Francia", "Vaticano");
        assertThat(m.preprocessing()).isEqualTo(Recipe.polar().preprocessing());
        assertThat(m.architecture()).isEqualTo(Recipe.polar().architecture());
        assertThat(m.training().batchSize()).isEqualTo(20);
        assertThat(m.training().seed()).isEqualTo(42);
        assertThat(m.libraryVersion()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void classifyReturnsTheArgMaxWithSortedTopKAndProbabilitiesSummingToOne() {
        ImageDataset test = TrainedSyntheticModel.testSet();
        Classification c = model.classify(test.get(0).source());
        assertThat(c.source()).isEqualTo(test.get(0).source().name());
        assertThat(c.topK()).hasSize(4).isSortedAccordingTo(Comparator.comparingDouble(LabelScore::probability).reversed());
        assertThat(c.probabilities()).extracting(LabelScore::label).containsExactlyElementsOf(model.labels());
        assertThat(c.probabilities().stream().mapToDouble(LabelScore::probability).sum()).isCloseTo(1.0, within(1e-4));
        assertThat(c.confidence()).isEqualTo(c.topK().get(0).probability());
    }

    @Test
    void everyInputFormGivesTheSameAnswer(@TempDir Path dir) throws IOException {
        RgbImage image = TrainedSyntheticModel.testSet().get(5).source().load();
        Path png = dir.resolve("coin.png");
        ImageIO.write(image.toBufferedImage(), "png", png.toFile());
        byte[] bytes = Files.readAllBytes(png);

        float[] expected = probabilities(model.classify(ImageSource.of(image)));
        assertThat(probabilities(model.classify(ImageSource.of(png)))).containsExactly(expected);
        assertThat(probabilities(model.classify(ImageSource.of(bytes, "coin.png")))).containsExactly(expected);
        assertThat(probabilities(model.classify(ImageSource.of(new ByteArrayInputStream(bytes), "coin.png"))))
                .containsExactly(expected);
        assertThat(probabilities(model.classify(ImageSource.of(image.toBufferedImage())))).containsExactly(expected);
        assertThat(model.classify(ImageSource.of(png)).source()).isEqualTo(png.toString());
        assertThat(model.classify(ImageSource.of(bytes, "coin.png")).source()).isEqualTo("coin.png");
    }

    @Test
    void classifyAllBatchesAndKeepsOrder(@TempDir Path dir) throws IOException {
        ImageDataset test = TrainedSyntheticModel.testSet();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 70; i++) { // three batches, the last one partial
            Path file = dir.resolve("coin" + i + ".png");
            ImageIO.write(test.get(i * 2).source().load().toBufferedImage(), "png", file.toFile());
            files.add(file);
        }
        List<Classification> all = model.classifyAll(files.stream().map(ImageSource::of).toList()).stream()
                .map(Outcome::orElseThrow).toList();
        assertThat(all).hasSize(70);
        for (int i = 0; i < 70; i += 13) {
            Classification one = model.classify(ImageSource.of(files.get(i)));
            assertThat(all.get(i).source()).isEqualTo(files.get(i).toString());
            float[] batched = probabilities(all.get(i));
            float[] single = probabilities(one);
            for (int c = 0; c < single.length; c++) {
                assertThat(batched[c]).isCloseTo(single[c], within(1e-5f));
            }
        }
    }

    @Test
    void unreadablePhotoFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("not-a-photo.jpg"), "hello");
        assertThatThrownBy(() -> model.classify(ImageSource.of(bad)))
                .isInstanceOf(dev.coinid.error.ImageDecodeException.class)
                .hasMessageContaining("not-a-photo.jpg");
    }

    @Test
    void evaluateRejectsLabelsTheModelDoesNotKnow() {
        ImageDataset other = dev.coinid.synthetic.SyntheticCoins.builder().labels(List.of("Zeta", "Atenas"))
                .imageSize(32).imagesPerClass(1).build().generate();
        assertThatThrownBy(() -> model.evaluate(other))
                .isInstanceOf(dev.coinid.error.LabelMismatchException.class)
                .isInstanceOf(dev.coinid.error.CoinIdException.class)
                .hasMessageStartingWith(other.images().stream().filter(i -> i.label().equals("Zeta")).findFirst()
                        .orElseThrow().source().name() + ": has label 'Zeta'")
                .hasMessageContaining("not one of the model's labels");
    }

    static float[] probabilities(Classification c) {
        float[] p = new float[c.probabilities().size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = c.probabilities().get(i).probability();
        }
        return p;
    }
}
