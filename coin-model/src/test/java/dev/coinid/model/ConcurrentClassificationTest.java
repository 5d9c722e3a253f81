package dev.coinid.model;

import dev.coinid.classification.Classification;
import dev.coinid.image.ImageSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One classifier serving many threads gives the answers it gives one thread. */
class ConcurrentClassificationTest {

    @Test
    void eightThreadsTimesHundredCallsEqualTheSequentialAnswers() throws Exception {
        CoinClassifier model = TrainedSyntheticModel.model();
        List<ImageSource> images = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            images.add(ImageSource.of(TrainedSyntheticModel.testSet().get(i).source().load()));
        }
        List<float[]> sequential = images.stream().map(model::classify).map(CoinClassifierTrainingTest::probabilities).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<float[]>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 13;
                futures.add(pool.submit(() -> {
                    List<float[]> answers = new ArrayList<>(100);
                    for (int i = 0; i < 100; i++) { // each thread walks the images from its own offset
                        Classification c = model.classify(images.get((offset + i) % 100));
                        answers.add(CoinClassifierTrainingTest.probabilities(c));
                    }
                    return answers;
                }));
            }
            for (int t = 0; t < 8; t++) {
                List<float[]> answers = futures.get(t).get();
                for (int i = 0; i < 100; i++) {
                    assertThat(answers.get(i)).as("thread %d call %d", t, i)
                            .containsExactly(sequential.get((t * 13 + i) % 100));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
