package dev.coinid.model;

import dev.coinid.classification.Classification;
import dev.coinid.error.ImageDecodeException;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.synthetic.SyntheticCoins;
import dev.coinid.testing.TestPictures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link CoinClassifier#classifyAll}: batched and overlapped, yet as if each photo were classified
 * alone; a bad file among many costs its own answer only.
 */
class ClassifyAllTest {

    @TempDir
    Path dir;

    @Test
    void classifyAllAnswersAsOneByOneInOrderAndABadFileAmongManyIsReportedByName() throws IOException {
        CoinClassifier model = TrainedSyntheticModel.model();
        SyntheticCoins coins = SyntheticCoins.builder().imageSize(TrainedSyntheticModel.SIZE).seed(21).build();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 2 * Predictions.BATCH + 9; i++) { // three batches, the last one partial
            String label = coins.labels().get(i % coins.labels().size());
            Path file = dir.resolve(String.format("%03d-%s.jpg", i, label));
            Files.write(file, TestPictures.jpeg(coins.render(label, i)));
            files.add(file);
        }

        List<Classification> all = model.classifyAll(files.stream().map(ImageSource::of).toList()).stream()
                .map(Outcome::orElseThrow).toList();

        assertThat(all).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            Classification alone = model.classify(ImageSource.of(ImageDecoder.defaults().decode(files.get(i))));
            assertThat(all.get(i).source()).isEqualTo(files.get(i).toString());
            assertThat(all.get(i).label()).isEqualTo(alone.label());
            for (int c = 0; c < model.labels().size(); c++) {
                assertThat(all.get(i).probabilities().get(c).probability()).as("photo %d, class %d", i, c)
                        .isCloseTo(alone.probabilities().get(c).probability(), within(1e-5f));
            }
        }

        Path bad = Files.writeString(dir.resolve("zz-not-a-photo.jpg"), "hello");
        List<Path> withBad = new ArrayList<>(files);
        withBad.add(Predictions.BATCH + 3, bad);
        List<Outcome<Classification>> outcomes = model.classifyAll(withBad.stream().map(ImageSource::of).toList());
        assertThat(outcomes).hasSize(withBad.size());
        for (int i = 0; i < withBad.size(); i++) {
            Outcome<Classification> outcome = outcomes.get(i);
            assertThat(outcome.photo()).isEqualTo(withBad.get(i).toString());
            if (i == Predictions.BATCH + 3) {
                assertThat(outcome.succeeded()).isFalse();
                assertThat(outcome.error().orElseThrow()).isInstanceOf(ImageDecodeException.class)
                        .hasMessageStartingWith(bad.toString());
                assertThatThrownBy(outcome::orElseThrow).isSameAs(outcome.error().orElseThrow());
            } else {
                int before = i < Predictions.BATCH + 3 ? i : i - 1;
                assertThat(outcome.orElseThrow().label()).isEqualTo(all.get(before).label());
            }
        }
    }
}
