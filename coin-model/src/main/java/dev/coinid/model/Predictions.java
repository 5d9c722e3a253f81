package dev.coinid.model;

import dev.coinid.image.ImageSource;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

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
     * #BATCH} is loaded and fitted in parallel while the network runs the batch before it, so
     * decoding and the forward pass overlap; at most two batches are held at a time. The first
     * failure to load a picture is thrown as the source threw it (a {@code CoinIdException} naming
     * the file), as when the batches ran one after the other.
     */
    static float[][] ofSources(BatchForward network, Preprocessing preprocessing, List<? extends ImageSource> sources,
                               int classes) {
        PhotoFitter fitter = preprocessing.fitter();
        float[][] out = new float[sources.size()][];
        CompletableFuture<List<RgbImage>> next = sources.isEmpty() ? null : fitLater(fitter, sources, 0);
        for (int start = 0; start < sources.size(); start += BATCH) {
            List<RgbImage> fitted = joined(next);
            int following = start + BATCH;
            next = following < sources.size() ? fitLater(fitter, sources, following) : null;
            try {
                float[][] batch = of(network, preprocessing, fitted, classes);
                System.arraycopy(batch, 0, out, start, batch.length);
            } catch (RuntimeException | Error e) {
                awaitQuietly(next); // no picture is still being decoded when the failure is reported
                throw e;
            }
        }
        return out;
    }

    /** The batch of {@code sources} starting at {@code start}, loaded and fitted in parallel on other threads. */
    private static CompletableFuture<List<RgbImage>> fitLater(PhotoFitter fitter, List<? extends ImageSource> sources,
                                                              int start) {
        List<? extends ImageSource> batch = sources.subList(start, Math.min(sources.size(), start + BATCH));
        return CompletableFuture.supplyAsync(() -> batch.parallelStream().map(s -> fitter.fit(s.load())).toList(),
                ON_A_THREAD_OF_ITS_OWN);
    }

    /** The future's pictures; its failure rethrown as it was thrown, not wrapped. */
    private static List<RgbImage> joined(CompletableFuture<List<RgbImage>> future) {
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
