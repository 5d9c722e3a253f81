package dev.coinid.model;

import dev.coinid.error.ImageDecodeException;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;
import dev.coinid.model.recipe.Preprocessing;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Predictions#ofSources}: the next batch decodes while the network runs the current one. */
class PredictionsTest {

    private static final Preprocessing PREPROCESSING = Preprocessing.seed().inputSize(8, 8);
    private static final PhotoFitter FITTER = PREPROCESSING.fitter();
    private static final int CLASSES = 2;

    /** A network whose two outputs are the first pixel's red and green: each row names its picture. */
    private static float[] firstPixels(FloatBuffer nhwc, int n) {
        float[] out = new float[n * CLASSES];
        for (int i = 0; i < n; i++) {
            out[2 * i] = nhwc.get(nhwc.position() + i * PREPROCESSING.floatsPerImage());
            out[2 * i + 1] = nhwc.get(nhwc.position() + i * PREPROCESSING.floatsPerImage() + 1);
        }
        return out;
    }

    /** A source of a flat picture whose red and green encode {@code index}; counts its loads. */
    private static ImageSource picture(int index, AtomicInteger loads, Runnable onLoad) {
        return new ImageSource() {
            @Override
            public String name() {
                return "picture-" + index;
            }

            @Override
            public Optional<java.nio.file.Path> path() {
                return Optional.empty();
            }

            @Override
            public RgbImage load() {
                loads.incrementAndGet();
                onLoad.run();
                return RgbImage.filled(8, 8, index % 256, index / 256, 0);
            }
        };
    }

    @Test
    void resultsAreThoseOfEachPictureInOrderAndAtMostTwoBatchesAreLoadedAhead() {
        AtomicInteger loads = new AtomicInteger();
        List<ImageSource> sources = new ArrayList<>();
        for (int i = 0; i < 3 * Predictions.BATCH + 5; i++) {
            sources.add(picture(i, loads, () -> { }));
        }
        AtomicInteger forwarded = new AtomicInteger();
        List<Integer> loadedAheadAtEachForward = new ArrayList<>();
        BatchForward network = (nhwc, n) -> {
            loadedAheadAtEachForward.add(loads.get() - forwarded.get());
            forwarded.addAndGet(n);
            return firstPixels(nhwc, n);
        };

        float[][] rows = Predictions.ofSources(network, PREPROCESSING, sources, CLASSES);

        assertThat(rows).hasNumberOfRows(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            float[] alone = Predictions.of(PredictionsTest::firstPixels, PREPROCESSING,
                    List.of(FITTER.fit(sources.get(i).load())), CLASSES)[0];
            assertThat(rows[i]).as("picture %d", i).containsExactly(alone);
        }
        assertThat(loadedAheadAtEachForward).hasSize(4).allSatisfy(ahead -> assertThat(ahead).isLessThanOrEqualTo(2 * Predictions.BATCH));
    }

    @Test
    void theNextBatchIsDecodedWhileTheNetworkRunsTheCurrentOne() throws InterruptedException {
        CountDownLatch secondBatchLoading = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        List<ImageSource> sources = new ArrayList<>();
        for (int i = 0; i < 2 * Predictions.BATCH; i++) {
            sources.add(picture(i, loads, i >= Predictions.BATCH ? secondBatchLoading::countDown : () -> { }));
        }
        List<Boolean> sawTheNextBatchLoading = new ArrayList<>();
        BatchForward network = (nhwc, n) -> {
            try {
                // the first forward pass waits, up to a while, for the second batch to start loading
                sawTheNextBatchLoading.add(secondBatchLoading.await(sawTheNextBatchLoading.isEmpty() ? 20 : 0,
                        TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return firstPixels(nhwc, n);
        };

        Predictions.ofSources(network, PREPROCESSING, sources, CLASSES);

        assertThat(sawTheNextBatchLoading).containsExactly(true, true);
    }

    @Test
    void aPictureThatCannotBeLoadedIsReportedInItsPlaceAsItsSourceThrewItAndTheOthersStillRun() {
        AtomicInteger loads = new AtomicInteger();
        List<ImageSource> sources = new ArrayList<>();
        int bad = 2 * Predictions.BATCH + 7;
        for (int i = 0; i < 4 * Predictions.BATCH; i++) {
            int index = i;
            sources.add(picture(i, loads, () -> {
                if (index == bad) {
                    throw new ImageDecodeException("photos/bad.jpg", "corrupt or truncated JPEG");
                }
            }));
        }
        AtomicInteger forwards = new AtomicInteger();
        BatchForward network = (nhwc, n) -> {
            forwards.incrementAndGet();
            return firstPixels(nhwc, n);
        };

        List<Outcome<float[]>> rows = Predictions.eachOf(network, PREPROCESSING, sources, ImageSource::load, CLASSES);

        assertThat(rows).hasSize(sources.size());
        assertThat(rows.get(bad).error().orElseThrow()).isExactlyInstanceOf(ImageDecodeException.class)
                .hasMessageStartingWith("photos/bad.jpg");
        assertThat(rows.stream().filter(Outcome::succeeded)).hasSize(sources.size() - 1);
        // the pictures after the bad one keep their places
        assertThat(rows.get(bad + 1).orElseThrow()).containsExactly(Predictions.of(PredictionsTest::firstPixels,
                PREPROCESSING, List.of(FITTER.fit(sources.get(bad + 1).load())), CLASSES)[0]);
        assertThat(forwards.get()).as("every batch ran, the bad picture's without it").isEqualTo(4);
        // the strict form, for labelled data sets (evaluate), throws the picture's own error
        assertThatThrownBy(() -> Predictions.ofSources(network, PREPROCESSING, sources, CLASSES))
                .isExactlyInstanceOf(ImageDecodeException.class).hasMessageStartingWith("photos/bad.jpg");
    }

    @Test
    void noSourcesGiveNoRows() {
        BatchForward never = (nhwc, n) -> {
            throw new AssertionError("no forward pass expected");
        };
        assertThat(Predictions.ofSources(never, PREPROCESSING, List.of(), CLASSES)).isEmpty();
    }
}
