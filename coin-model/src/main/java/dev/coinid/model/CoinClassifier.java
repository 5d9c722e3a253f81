package dev.coinid.model;

import dev.coinid.augment.Augmentation;
import dev.coinid.classification.Classification;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.training.CancellationToken;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.TrainingHistory;
import dev.coinid.model.training.TrainingListener;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A coin classifier: trains on labelled photos, evaluates, tells which coin a photo shows, and
 * saves to and loads from a directory (a TensorFlow SavedModel plus {@code coinid-model.json}).
 *
 * <pre>{@code
 * try (CoinClassifier model = CoinClassifier.builder()
 *         .inputSize(128, 128)
 *         .epochs(50).batchSize(20).learningRate(1e-3)
 *         .earlyStopping(EarlyStopping.onValidationLoss().patience(9).restoreBestWeights(true))
 *         .seed(42)
 *         .listener(TrainingListener.progressBar())
 *         .train(trainSet, validationSet)) {
 *     Classification c = model.classify(Path.of("coin.jpg"));
 *     model.save(Path.of("my-model"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: one classifier may serve {@code classify} calls from many threads. It holds
 * native TensorFlow memory: close it when done.
 */
public final class CoinClassifier implements AutoCloseable {

    /** How many labels {@link Classification#topK()} holds by default (fewer if the model has fewer). */
    public static final int DEFAULT_TOP_K = 5;

    private CoinClassifier() {
        throw new UnsupportedOperationException("not yet");
    }

    /** A builder for training a new classifier, with the original experiment's settings as defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads a classifier saved by {@link #save}. Throws {@link ModelFormatException} (or its
     * subtype {@link UnsupportedModelVersionException}) naming the directory or file when the
     * directory is missing, incomplete, changed after saving, or of a newer format.
     */
    public static CoinClassifier load(Path dir) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Classifies a photo file. */
    public Classification classify(Path photo) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Classifies encoded image bytes (JPEG, PNG, ...); {@code name} appears in results and errors. */
    public Classification classify(byte[] encoded, String name) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Classifies an encoded image read from {@code in} (not closed); {@code name} appears in results and errors. */
    public Classification classify(InputStream in, String name) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Classifies a picture in memory, named {@code "image"} in the result. */
    public Classification classify(BufferedImage image) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Classifies a decoded picture, named {@code "image"} in the result. */
    public Classification classify(RgbImage image) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Classifies an image source (a file or a picture in memory). */
    public Classification classify(ImageSource source) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Classifies photo files in batches; results in the order of {@code photos}. */
    public List<Classification> classifyAll(List<Path> photos) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Classifies image sources in batches; results in the order of {@code sources}. */
    public List<Classification> classifySources(List<? extends ImageSource> sources) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Loss, accuracy, per-class metrics and confusion matrix on a labelled data set (never augmented). */
    public Evaluation evaluate(ImageDataset testSet) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Saves to {@code dir}: a TensorFlow SavedModel ({@code serving_default}: float
     * {@code input [N,H,W,3]} in the trained scale to {@code probabilities [N,classes]}) and
     * {@code coinid-model.json}. Writes into a temporary sibling directory and moves it into
     * place, so a crash mid-save leaves any previous model at {@code dir} intact.
     */
    public void save(Path dir) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Class labels in the network's output order. */
    public List<String> labels() {
        throw new UnsupportedOperationException("not yet");
    }

    /** How photos are prepared for the network. */
    public Preprocessing preprocessing() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The network's architecture. */
    public Architecture architecture() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The record of training (empty epochs for a model loaded from elsewhere). */
    public TrainingHistory history() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Everything saved with the model. */
    public ModelMetadata metadata() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The network itself, for raw forward passes on prepared batches (benchmarks). */
    public InferenceEngine engine() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }

    /**
     * Configures and trains a {@link CoinClassifier}. Every setting has a working default (the
     * original experiment's): 128x128 stretched photos scaled by 1/255, the seed CNN, the seed
     * augmentation preset, 50 epochs of batches of 20, Adam at 1e-3, no early stopping, seed 0.
     */
    public static final class Builder {
        private Preprocessing preprocessing = Preprocessing.defaults();
        private Architecture architecture = Architectures.seedCnn();
        private Augmentation augmentation = Augmentation.seedPreset();
        private int epochs = 50;
        private int batchSize = 20;
        private double learningRate = 1e-3;
        private EarlyStopping earlyStopping = EarlyStopping.disabled();
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int topK = DEFAULT_TOP_K;
        private final List<TrainingListener> listeners = new ArrayList<>();
        private CancellationToken cancellation = new CancellationToken();

        private Builder() {
        }

        /** The network's input size in pixels. */
        public Builder inputSize(int width, int height) {
            preprocessing = preprocessing.inputSize(width, height);
            return this;
        }

        /** The whole preprocessing (input size, fit, rescale, normalisation). */
        public Builder preprocessing(Preprocessing preprocessing) {
            this.preprocessing = Objects.requireNonNull(preprocessing, "preprocessing");
            return this;
        }

        public Builder architecture(Architecture architecture) {
            this.architecture = Objects.requireNonNull(architecture, "architecture");
            return this;
        }

        /** Random transforms of training images; its rescale must equal the preprocessing's. */
        public Builder augmentation(Augmentation augmentation) {
            this.augmentation = Objects.requireNonNull(augmentation, "augmentation");
            return this;
        }

        public Builder epochs(int epochs) {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
            }
            this.epochs = epochs;
            return this;
        }

        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        public Builder learningRate(double learningRate) {
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
            }
            this.learningRate = learningRate;
            return this;
        }

        public Builder earlyStopping(EarlyStopping earlyStopping) {
            this.earlyStopping = Objects.requireNonNull(earlyStopping, "earlyStopping");
            return this;
        }

        /** Seeds weight initialisation, shuffling, augmentation and dropout: same seed, same run. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** TensorFlow intra-op threads (default: all cores). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be positive, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** How many labels each {@link Classification} lists (default 5). */
        public Builder topK(int topK) {
            if (topK < 1) {
                throw new IllegalArgumentException("topK must be at least 1, was " + topK);
            }
            this.topK = topK;
            return this;
        }

        /** Adds a listener (several may be added). */
        public Builder listener(TrainingListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** A token another thread may cancel to stop training after the current batch. */
        public Builder cancellation(CancellationToken token) {
            this.cancellation = Objects.requireNonNull(token, "token");
            return this;
        }

        /** Trains on {@code trainSet}, validating after each epoch on {@code validationSet} (same labels). */
        public CoinClassifier train(ImageDataset trainSet, ImageDataset validationSet) {
            throw new UnsupportedOperationException("not yet");
        }

        /** Trains without a validation set (early stopping, if any, must watch training loss). */
        public CoinClassifier train(ImageDataset trainSet) {
            throw new UnsupportedOperationException("not yet");
        }
    }
}
