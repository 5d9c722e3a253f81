package dev.coinid.model.engine;

import java.nio.FloatBuffer;
import java.nio.file.Path;

/**
 * A trained network ready to classify: a lean TensorFlow graph (input, normalisation, layers in
 * inference mode, softmax) and its session. Thread-safe: many threads may call
 * {@link #forward} at once. Close it to free the native graph and session.
 */
public final class InferenceEngine implements AutoCloseable {

    private InferenceEngine() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Softmax outputs ({@code n x classes}, row-major) for {@code n} rescaled NHWC images read at the buffer's position. */
    public float[] forward(FloatBuffer nhwc, int n) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes a TensorFlow SavedModel whose {@code serving_default} signature maps {@code input} to {@code probabilities}. */
    public void exportSavedModel(Path dir) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Loads a SavedModel written by {@link #exportSavedModel}. */
    public static InferenceEngine loadSavedModel(Path dir, int threads) {
        throw new UnsupportedOperationException("not yet");
    }

    public int classes() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
