package dev.coinid.model;

import dev.coinid.augment.Augmentation;
import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.TensorFlowJpegScaler;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.model.training.CancellationToken;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.LearningRateSchedule;
import dev.coinid.model.training.TrainingHistory;
import dev.coinid.model.training.TrainingListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 *     Classification c = model.classify(ImageSource.of(Path.of("coin.jpg")));
 *     model.save(Path.of("my-model"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: one classifier may serve {@code classify} calls from many threads. It holds
 * native TensorFlow memory: close it when done.
 */
public final class CoinClassifier implements AutoCloseable {

    /**
     * How many labels {@link Classification#topK()} holds (fewer if the model has fewer); {@link
     * Classification#top(int)} gives any other number per call.
     */
    public static final int DEFAULT_TOP_K = 5;

    private final InferenceEngine engine;
    private final ModelMetadata metadata;
    private final PhotoFitter fitter;
    private final TensorFlowJpegScaler jpegScaler;
    /** Decodes a large JPEG only down to the size the fitter needs (see {@link ImageDecoder#withScaledJpeg}). */
    private final ImageDecoder decoder;

    private CoinClassifier(InferenceEngine engine, ModelMetadata metadata) {
        this.engine = engine;
        this.metadata = metadata;
        this.fitter = metadata.preprocessing().fitter();
        this.jpegScaler = new TensorFlowJpegScaler();
        this.decoder = ImageDecoder.defaults().withScaledJpeg(jpegScaler, fitter.neededShorterSide());
    }

    /** A builder for training a new classifier, with defaults chosen for photos of unseen shooting sessions. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads a classifier saved by {@link #save}, using all cores. Throws {@link ModelFormatException}
     * (or its subtype {@link UnsupportedModelVersionException}) naming the directory or file when
     * the directory is missing, incomplete, changed after saving, or of a newer format.
     */
    public static CoinClassifier load(Path dir) {
        return load(dir, Runtime.getRuntime().availableProcessors());
    }

    /** Loads a classifier saved by {@link #save}, running TensorFlow on {@code threads} intra-op threads. */
    public static CoinClassifier load(Path dir, int threads) {
        return load(dir, threads, Precision.FLOAT32);
    }

    /**
     * Loads a classifier saved by {@link #save}, running TensorFlow on {@code threads} intra-op
     * threads in {@code precision}. The precision is a choice of this run, not of the model: any
     * saved model runs in either (see {@link Precision}).
     */
    public static CoinClassifier load(Path dir, int threads, Precision precision) {
        ModelDirectory.Loaded loaded = ModelDirectory.load(dir, threads, Objects.requireNonNull(precision, "precision"));
        return new CoinClassifier(loaded.engine(), loaded.metadata());
    }

    /**
     * Classifies one photo, wherever it comes from ({@link ImageSource#of}). A large JPEG is decoded
     * only down to the size the preprocessing needs.
     */
    public Classification classify(ImageSource source) {
        return classify(source.name(), source.load(decoder));
    }

    private Classification classify(String name, RgbImage photo) {
        return classifyFitted(List.of(name), List.of(fitter.fit(photo))).get(0);
    }

    /**
     * Classifies many photos in batches of {@value Predictions#BATCH}, decoding each batch on both
     * cores while the network runs the batch before it; one outcome per photo, in order: its
     * classification, or the error (a {@code CoinIdException} naming it) that kept it from one.
     */
    public List<Outcome<Classification>> classifyAll(List<? extends ImageSource> photos) {
        List<Outcome<float[]>> rows = Predictions.eachOf(engine::forward, preprocessing(), photos,
                source -> source.load(decoder), labels().size());
        return rows.stream().map(row -> row.succeeded()
                ? Outcome.of(row.photo(), toClassification(row.photo(), row.orElseThrow()))
                : Outcome.<Classification>failed(row.photo(), row.error().orElseThrow())).toList();
    }

    private List<Classification> classifyFitted(List<String> names, List<RgbImage> fitted) {
        float[][] probabilities = Predictions.of(engine::forward, preprocessing(), fitted, labels().size());
        List<Classification> results = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            results.add(toClassification(names.get(i), probabilities[i]));
        }
        return results;
    }

    private Classification toClassification(String name, float[] p) {
        List<String> labels = labels();
        List<LabelScore> all = new ArrayList<>(labels.size());
        for (int c = 0; c < labels.size(); c++) {
            all.add(new LabelScore(labels.get(c), Math.min(1f, Math.max(0f, p[c]))));
        }
        List<LabelScore> best = all.stream()
                .sorted(Comparator.comparingDouble(LabelScore::probability).reversed())
                .limit(DEFAULT_TOP_K).toList();
        return new Classification(name, best, all);
    }

    /**
     * Loss, accuracy, per-class metrics and confusion matrix on a labelled data set, never
     * augmented; pictures are decoded in batches (the next while the network runs the current
     * one), so a large set costs little memory. Its labels must be among the model's.
     */
    public Evaluation evaluate(ImageDataset testSet) {
        int[] actual = PreparedImages.labelIndices(testSet.images(), labels());
        List<ImageSource> sources = testSet.images().stream().map(LabelledImage::source).toList();
        float[][] probabilities = Predictions.ofSources(engine::forward, preprocessing(), sources, labels().size());
        return Evaluation.of(labels(), actual, probabilities);
    }

    /**
     * Saves to {@code dir}: a TensorFlow SavedModel ({@code serving_default}: float
     * {@code input [N,H,W,3]} in the trained scale to {@code probabilities [N,classes]}) and
     * {@code coinid-model.json}. Writes into a temporary sibling directory and renames it into
     * place, so a crash mid-save leaves any previous model intact (at worst renamed aside as
     * {@code .<name>.old-*}). Refuses to overwrite a non-empty directory that is not a model.
     */
    public void save(Path dir) {
        ModelDirectory.save(dir, engine, metadata);
    }

    /** Class labels in the network's output order. */
    public List<String> labels() {
        return metadata.labels();
    }

    /** How photos are prepared for the network. */
    public Preprocessing preprocessing() {
        return metadata.preprocessing();
    }

    /** The network's architecture. */
    public Architecture architecture() {
        return metadata.architecture();
    }

    /** The record of training (no epochs for a model that was not trained by coinid). */
    public TrainingHistory history() {
        return metadata.history();
    }

    /** Everything saved with the model (its checksums are empty until the model is loaded from disk). */
    public ModelMetadata metadata() {
        return metadata;
    }

    /** Frees the native TensorFlow graph and session; no classify call may run during or after it. */
    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            jpegScaler.close();
        }
    }

    /**
     * Configures and trains a {@link CoinClassifier}. Every setting has a working default, chosen
     * by measuring recall on photos of a shooting session held out of training (see docs/classification.md):
     * {@link Recipe#polar()}, that is {@link Preprocessing#polar()} (the coin found and unwrapped
     * into 128 angles by 32 radii, grey, local contrast normalised), {@link
     * Architectures#polarCnn()}, {@link Augmentation#polarPreset()}, 40 epochs of batches of 32,
     * Adam at 1e-3; with a constant rate, no early stopping, seed 0. These defaults expect photos
     * of one coin each, roughly centred. The original experiment is one call away:
     * {@code .recipe(Recipe.seed())}.
     */
    public static final class Builder {
        private Preprocessing preprocessing;
        private Architecture architecture;
        private Augmentation augmentation;
        private int epochs;
        private int batchSize;
        private double learningRate;
        private LearningRateSchedule schedule = LearningRateSchedule.CONSTANT;
        private EarlyStopping earlyStopping = EarlyStopping.disabled();
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Precision precision = Precision.FLOAT32;
        private final List<TrainingListener> listeners = new ArrayList<>();
        private CancellationToken cancellation = new CancellationToken();

        private Builder() {
            recipe(Recipe.polar());
        }

        /** Takes every value of {@code recipe}: preprocessing, architecture, augmentation, epochs, batch size, rate. */
        public Builder recipe(Recipe recipe) {
            Objects.requireNonNull(recipe, "recipe");
            preprocessing = recipe.preprocessing();
            architecture = recipe.architecture();
            augmentation = recipe.augmentation();
            epochs = recipe.epochs();
            batchSize = recipe.batchSize();
            learningRate = recipe.learningRate();
            return this;
        }

        /** The recipe this builder trains now: {@link Recipe#polar()} until something is changed. */
        public Recipe recipe() {
            return new Recipe(preprocessing, architecture, augmentation, epochs, batchSize, learningRate);
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

        /** How the learning rate changes over the epochs, starting from {@link #learningRate}. */
        public Builder learningRateSchedule(LearningRateSchedule schedule) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
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

        /**
         * The number format TensorFlow trains in, and the trained classifier then classifies in
         * (default {@link Precision#FLOAT32}). Not saved with the model: {@link #load(Path, int,
         * Precision)} chooses again. See {@link Precision} for what {@code BFLOAT16} trades.
         */
        public Builder precision(Precision precision) {
            this.precision = Objects.requireNonNull(precision, "precision");
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

        /**
         * Trains on {@code trainSet}, validating after each epoch on {@code validationSet} (its
         * labels among the training labels). The model's labels are the training set's, in order.
         */
        public CoinClassifier train(ImageDataset trainSet, ImageDataset validationSet) {
            Objects.requireNonNull(validationSet, "validationSet (use train(trainSet) to train without one)");
            return doTrain(Objects.requireNonNull(trainSet, "trainSet"), validationSet);
        }

        /** Trains without a validation set (early stopping, if any, must watch {@code Monitor.TRAINING_LOSS}). */
        public CoinClassifier train(ImageDataset trainSet) {
            return doTrain(Objects.requireNonNull(trainSet, "trainSet"), null);
        }

        private CoinClassifier doTrain(ImageDataset trainSet, ImageDataset validationSet) {
            TrainingSettings settings = new TrainingSettings(epochs, batchSize, learningRate, seed, earlyStopping,
                    augmentation, schedule);
            TrainingRun.Outcome outcome = new TrainingRun(preprocessing, architecture, augmentation, settings, threads, precision,
                    listeners, cancellation).run(trainSet, validationSet);
            ModelMetadata metadata = new ModelMetadata(ModelMetadata.CURRENT_FORMAT, LibraryVersion.current(),
                    trainSet.labels(), preprocessing, architecture, settings, outcome.history(),
                    finalMetrics(outcome.history()), Map.of());
            return new CoinClassifier(outcome.engine(), metadata);
        }

        private static Map<String, Double> finalMetrics(TrainingHistory history) {
            Map<String, Double> metrics = new TreeMap<>();
            history.modelEpochResult().ifPresent(e -> {
                metrics.put("epoch", (double) e.epoch());
                metrics.put("train_loss", e.trainLoss());
                metrics.put("train_accuracy", e.trainAccuracy());
                metrics.put("train_recall", e.trainRecall());
                metrics.put("validation_loss", e.validationLoss());
                metrics.put("validation_accuracy", e.validationAccuracy());
                metrics.put("validation_recall", e.validationRecall());
                metrics.put("validation_macro_recall", e.validationMacroRecall());
            });
            metrics.values().removeIf(v -> v.isNaN());
            return metrics;
        }
    }
}
