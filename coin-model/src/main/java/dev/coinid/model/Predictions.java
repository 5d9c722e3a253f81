package dev.coinid.model;

import dev.coinid.image.RgbImage;

import java.nio.FloatBuffer;
import java.util.List;

/** Runs fitted pictures through a network in batches and returns one probability row per picture. */
final class Predictions {

    /** Pictures per forward pass: large enough to keep the cores busy, small enough to stay in cache. */
    static final int BATCH = 32;

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
}
