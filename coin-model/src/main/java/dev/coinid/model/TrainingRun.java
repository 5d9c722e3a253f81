package dev.coinid.model;

import dev.coinid.augment.Augmentation;
import dev.coinid.augment.BatchAugmenter;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.error.LabelMismatchException;
import dev.coinid.image.RgbImage;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.StepResult;
import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.model.engine.Weights;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.training.BatchResult;
import dev.coinid.model.training.CancellationToken;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.EpochResult;
import dev.coinid.model.training.StopReason;
import dev.coinid.model.training.TrainingHistory;
import dev.coinid.model.training.TrainingListener;
import dev.coinid.model.training.TrainingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One training run, Keras {@code fit} style: each epoch shuffles the training set, augments every
 * batch afresh, takes one Adam step per batch, then measures the un-augmented validation set;
 * early stopping watches a per-epoch value and keeps a host copy of the best weights. Pictures
 * are decoded and fitted once, before the first epoch. The same seed gives the same run.
 */
final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    /** What a run produced: the trained network and its record. */
    record Outcome(InferenceEngine engine, TrainingHistory history) {
    }

    private final Preprocessing preprocessing;
    private final Architecture architecture;
    private final Augmentation augmentation;
    private final TrainingSettings settings;
    private final int threads;
    private final List<TrainingListener> listeners;
    private final CancellationToken cancellation;

    TrainingRun(Preprocessing preprocessing, Architecture architecture, Augmentation augmentation,
                TrainingSettings settings, int threads, List<TrainingListener> listeners, CancellationToken cancellation) {
        this.preprocessing = preprocessing;
        this.architecture = architecture;
        this.augmentation = augmentation;
        this.settings = settings;
        this.threads = threads;
        this.listeners = List.copyOf(listeners);
        this.cancellation = cancellation;
    }

    /** Trains on {@code trainSet}, validating on {@code validationSet} (may be null). */
    Outcome run(ImageDataset trainSet, ImageDataset validationSet) {
        List<String> labels = trainSet.labels();
        check(trainSet, validationSet);
        long start = System.nanoTime();
        PreparedImages train = PreparedImages.of(trainSet, preprocessing, labels);
        PreparedImages validation = validationSet == null ? null : PreparedImages.of(validationSet, preprocessing, labels);
        LOG.info("decoded and fitted {} training and {} validation images to {}x{} in {} ms", train.size(),
                validation == null ? 0 : validation.size(), preprocessing.width(), preprocessing.height(),
                (System.nanoTime() - start) / 1_000_000);

        try (TrainingEngine engine = TrainingEngine.builder()
                .architecture(architecture).preprocessing(preprocessing).classes(labels.size())
                .learningRate(settings.learningRate()).seed(settings.seed()).threads(threads).build()) {
            TrainingHistory history = epochs(engine, labels, train, validation);
            return new Outcome(engine.toInference(), history);
        }
    }

    private TrainingHistory epochs(TrainingEngine engine, List<String> labels, PreparedImages train,
                                   PreparedImages validation) {
        int batchSize = settings.batchSize();
        int batches = (train.size() + batchSize - 1) / batchSize;
        EarlyStopping stopping = settings.earlyStopping();
        TrainingPlan plan = new TrainingPlan(labels, settings.epochs(), batches, train.size(),
                validation == null ? 0 : validation.size(), cancellation);
        listeners.forEach(l -> l.onTrainingStart(plan));

        BatchAugmenter augmenter = new BatchAugmenter(augmentation, settings.seed());
        FloatBuffer buffer = FloatBuffer.allocate(Math.min(batchSize, train.size()) * preprocessing.floatsPerImage());
        List<EpochResult> results = new ArrayList<>();
        StopReason reason = StopReason.COMPLETED;
        double best = Double.NaN;
        int bestEpoch = 0;
        Weights bestWeights = null;
        int sinceBest = 0;

        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long epochStart = System.nanoTime();
            double rate = settings.schedule().rate(settings.learningRate(), epoch, settings.epochs());
            int[] order = shuffled(train.size(), settings.seed(), epoch);
            double lossSum = 0;
            int correct = 0;
            int found = 0;
            int seen = 0;
            for (int b = 0; b < batches && !cancellation.isCancelled(); b++) {
                int from = b * batchSize;
                int n = Math.min(batchSize, train.size() - from);
                List<RgbImage> images = new ArrayList<>(n);
                long[] ids = new long[n];
                int[] batchLabels = new int[n];
                for (int i = 0; i < n; i++) {
                    int sample = order[from + i];
                    images.add(train.images().get(sample));
                    ids[i] = sample;
                    batchLabels[i] = train.labels()[sample];
                }
                buffer.clear();
                augmenter.augmentInto(images, epoch, ids, buffer);
                buffer.flip();
                StepResult step = engine.trainStep(buffer, batchLabels, rate);
                lossSum += (double) step.loss() * n;
                seen += n;
                for (int i = 0; i < n; i++) {
                    float[] p = java.util.Arrays.copyOfRange(step.probabilities(), i * labels.size(), (i + 1) * labels.size());
                    correct += Evaluation.argMax(p) == batchLabels[i] ? 1 : 0;
                    found += p[batchLabels[i]] > 0.5f ? 1 : 0;
                }
                double seconds = (System.nanoTime() - epochStart) / 1e9;
                BatchResult batch = new BatchResult(epoch, b + 1, batches, step.loss(), lossSum / seen,
                        (double) found / seen, seen / Math.max(seconds, 1e-9));
                listeners.forEach(l -> l.onBatchEnd(batch));
            }
            if (seen < train.size()) { // cancelled inside the epoch: it does not count
                reason = StopReason.CANCELLED;
                break;
            }
            Evaluation validated = validation == null ? null : Evaluation.of(labels, validation.labels(),
                    Predictions.of(engine::forward, preprocessing, validation.images(), labels.size()));
            EpochResult result = new EpochResult(epoch, lossSum / seen, (double) correct / seen, (double) found / seen,
                    validated == null ? Double.NaN : validated.loss(),
                    validated == null ? Double.NaN : validated.accuracy(),
                    validated == null ? Double.NaN : validated.kerasRecall(),
                    validated == null ? Double.NaN : validated.macroRecall(),
                    (System.nanoTime() - epochStart) / 1e9);
            results.add(result);
            listeners.forEach(l -> l.onEpochEnd(result));

            double value = stopping.monitor().valueOf(result);
            if (stopping.monitor().improves(value, best, stopping.minDelta())) {
                best = value;
                bestEpoch = epoch;
                sinceBest = 0;
                if (stopping.enabled() && stopping.restoreBestWeights()) {
                    bestWeights = engine.weights();
                }
            } else {
                sinceBest++;
            }
            if (cancellation.isCancelled()) {
                reason = StopReason.CANCELLED;
                break;
            }
            if (stopping.enabled() && sinceBest >= stopping.patience()) {
                reason = StopReason.EARLY_STOPPED;
                break;
            }
        }

        int modelEpoch = results.isEmpty() ? 0 : results.get(results.size() - 1).epoch();
        if (bestWeights != null && bestEpoch != modelEpoch) {
            engine.setWeights(bestWeights);
            LOG.info("restored the weights of epoch {} ({} {})", bestEpoch, stopping.monitor(), best);
            modelEpoch = bestEpoch;
        }
        TrainingHistory history = new TrainingHistory(results, reason, modelEpoch);
        listeners.forEach(l -> l.onTrainingEnd(history));
        return history;
    }

    /** The sample order of {@code epoch}: a Fisher-Yates shuffle keyed by (seed, epoch). */
    static int[] shuffled(int size, long seed, int epoch) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private void check(ImageDataset trainSet, ImageDataset validationSet) {
        trainSet.requireTrainable("training set");
        if (validationSet != null) {
            if (validationSet.isEmpty()) {
                throw new IllegalArgumentException("the validation set is empty; pass none to train without one");
            }
            for (String label : validationSet.labels()) {
                if (!trainSet.labels().contains(label)) {
                    throw new LabelMismatchException("validation set", "label '" + label
                            + "' is not one of the training labels " + trainSet.labels());
                }
            }
        } else if (settings.earlyStopping().enabled() && settings.earlyStopping().monitor().needsValidation()) {
            throw new IllegalArgumentException("early stopping on " + settings.earlyStopping().monitor()
                    + " needs a validation set; pass one, or watch Monitor.TRAINING_LOSS");
        }
        if (Math.abs(augmentation.rescale() - preprocessing.rescale()) > 1e-9f) {
            throw new IllegalArgumentException("the augmentation rescales by " + augmentation.rescale()
                    + " but the preprocessing by " + preprocessing.rescale() + "; training and classification must agree");
        }
    }
}
