package dev.coinid.model.engine;

import dev.coinid.model.Preprocessing;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;

import java.nio.FloatBuffer;
import java.util.Objects;

/**
 * A network being trained: one TensorFlow graph holding the variables, the forward pass in
 * training mode (dropout on, batch statistics), the categorical cross-entropy loss and the Adam
 * update, plus the same forward pass in inference mode for validation.
 *
 * <p>Batches are NHWC floats already rescaled (see {@link Preprocessing}). Not thread-safe:
 * one training loop drives it. Close it to free the native graph and session.
 *
 * <pre>{@code
 * try (TrainingEngine engine = TrainingEngine.builder().classes(4).inputSize(128, 128).seed(42).build()) {
 *     StepResult step = engine.trainStep(batch, labels);
 * }
 * }</pre>
 */
public final class TrainingEngine implements AutoCloseable {

    private TrainingEngine(Builder builder) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A builder with the defaults: seed CNN, 128x128, Adam at 1e-3, seed 0, all cores. */
    public static Builder builder() {
        return new Builder();
    }

    /** Runs one Adam step on a batch of {@code labels.length} images read at the buffer's position. */
    public StepResult trainStep(FloatBuffer nhwc, int[] labels) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Softmax outputs ({@code n x classes}, row-major) in inference mode for {@code n} images at the buffer's position. */
    public float[] forward(FloatBuffer nhwc, int n) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A host copy of the current variables. */
    public Weights weights() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Overwrites the variables with {@code weights} (from {@link #weights()} of this engine). */
    public void setWeights(Weights weights) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A lean inference engine holding a copy of the current weights. */
    public InferenceEngine toInference() {
        throw new UnsupportedOperationException("not yet");
    }

    public int classes() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }

    /** Configures a {@link TrainingEngine}; every setting has a working default. */
    public static final class Builder {
        private Architecture architecture = Architectures.seedCnn();
        private Preprocessing preprocessing = Preprocessing.defaults();
        private int classes = 4;
        private double learningRate = 1e-3;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        public Builder architecture(Architecture architecture) {
            this.architecture = Objects.requireNonNull(architecture, "architecture");
            return this;
        }

        /** Input size and in-graph normalisation. */
        public Builder preprocessing(Preprocessing preprocessing) {
            this.preprocessing = Objects.requireNonNull(preprocessing, "preprocessing");
            return this;
        }

        /** Shorthand for a preprocessing of this input size. */
        public Builder inputSize(int width, int height) {
            this.preprocessing = preprocessing.inputSize(width, height);
            return this;
        }

        public Builder classes(int classes) {
            if (classes < 2) {
                throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
            }
            this.classes = classes;
            return this;
        }

        public Builder learningRate(double learningRate) {
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
            }
            this.learningRate = learningRate;
            return this;
        }

        /** Seeds the weight initialisation and dropout. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** TensorFlow intra-op threads (default: all cores, the fastest). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be positive, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        public TrainingEngine build() {
            return new TrainingEngine(this);
        }
    }
}
