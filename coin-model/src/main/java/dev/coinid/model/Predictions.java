package dev.coinid.model;

import dev.coinid.error.CoinIdException;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;
import dev.coinid.model.recipe.Preprocessing;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** Runs pictures through a network in batches and returns one probability row per picture. */
final class Predictions {

    /** Pictures per forward pass: large enough to keep the cores busy, small enough to stay in cache. */
    static final int BATCH = 32;

    /**
     * Starts each batch's decoding on a new thread rather than in the common pool: a parallel stream
     * runs on the thread that starts it plus the common pool's workers, and on 2 cores the common
     * pool has one worker, which {@code supplyAsync} alone would take, decoding one picture at a time.
     */
    private static final Executor ON_A_THREAD_OF_ITS_OWN = task -> {
        Thread thread = new Thread(task, "coinid-decode");
        thread.setDaemon(true);
        thread.start();
    };

    private Predictions() {
    }

    /** The softmax outputs for {@code images} (fitted to the input size), in order. */
    static float[][] of(BatchForward network, Preprocessing preprocessing, List<RgbImage> images, int classes) {
        float[][] out = new float[images.size()][];
        FloatBuffer buffer = FloatBuffer.allocate(Math.min(BATCH, Math.max(1, images.size())) * preprocessing.floatsPerImage());
        for (int start = 0; start < images.size(); start += BATCH) {
            List<RgbImage> chunk = images.subList(start, Math.min(images.size(), start + BATCH));
            buffer.clear();
            preprocessing.writeRescaled(chunk, buffer);
            buffer.flip();
            float[] probabilities = network.forward(buffer, chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                out[start + i] = java.util.Arrays.copyOfRange(probabilities, i * classes, (i + 1) * classes);
            }
        }
        return out;
    }

    /**
     * The softmax outputs for the pictures of {@code sources}, in order: each batch of {@link
     * #BATCH} is loaded (by {@code load}) and fitted in parallel while the network runs the batch
     * before it, so decoding and the forward pass overlap; at most two batches are held at a time. A
     * picture that cannot be loaded gives its error (a {@code CoinIdException} naming it) in its
     * place; the others are still run.
     */
    static List<Outcome<float[]>> eachOf(BatchForward network, Preprocessing preprocessing,
                                        List<? extends ImageSource> sources, Function<ImageSource, RgbImage> load,
                                        int classes) {
        PhotoFitter fitter = preprocessing.fitter();
        List<Outcome<float[]>> out = new ArrayList<>(sources.size());
        CompletableFuture<List<Outcome<RgbImage>>> next = sources.isEmpty() ? null : fitLater(fitter, load, sources, 0);
        for (int start = 0; start < sources.size(); start += BATCH) {
            List<Outcome<RgbImage>> fitted = joined(next);
            int following = start + BATCH;
            next = following < sources.size() ? fitLater(fitter, load, sources, following) : null;
            List<RgbImage> pictures = fitted.stream().flatMap(f -> f.result().stream()).toList();
            float[][] rows;
            try {
                rows = of(network, preprocessing, pictures, classes);
            } catch (RuntimeException | Error e) {
                awaitQuietly(next); // no picture is still being decoded when the failure is reported
                throw e;
            }
            int row = 0;
            for (Outcome<RgbImage> picture : fitted) {
                out.add(picture.succeeded() ? Outcome.of(picture.photo(), rows[row++])
                        : Outcome.failed(picture.photo(), picture.error().orElseThrow()));
            }
        }
        return out;
    }

    /** As {@link #eachOf}, with each source's own decoder, where the first picture that cannot be loaded is thrown. */
    static float[][] ofSources(BatchForward network, Preprocessing preprocessing, List<? extends ImageSource> sources,
                               int classes) {
        return eachOf(network, preprocessing, sources, ImageSource::load, classes).stream()
                .map(Outcome::orElseThrow).toArray(float[][]::new);
    }

    /** The batch of {@code sources} starting at {@code start}, loaded and fitted in parallel on other threads. */
    private static CompletableFuture<List<Outcome<RgbImage>>> fitLater(PhotoFitter fitter,
                                                                       Function<ImageSource, RgbImage> load,
                                                                       List<? extends ImageSource> sources, int start) {
        List<? extends ImageSource> batch = sources.subList(start, Math.min(sources.size(), start + BATCH));
        return CompletableFuture.supplyAsync(() -> batch.parallelStream().map(source -> {
            try {
                return Outcome.of(source.name(), fitter.fit(load.apply(source)));
            } catch (CoinIdException e) {
                return Outcome.<RgbImage>failed(source.name(), e);
            }
        }).toList(), ON_A_THREAD_OF_ITS_OWN);
    }

    /** The future's pictures; a failure other than a picture's own rethrown as it was thrown, not wrapped. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void awaitQuietly(CompletableFuture<?> future) {
        if (future != null) {
            try {
                future.join();
            } catch (RuntimeException ignored) {
                // the failure being reported is the caller's
            }
        }
    }
}
