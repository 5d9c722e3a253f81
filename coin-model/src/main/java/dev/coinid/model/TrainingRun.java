package dev.coinid.model;

import dev.coinid.augment.Augmentation;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.error.LabelMismatchException;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.StepResult;
import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.training.BatchResult;
import dev.coinid.model.training.CancellationToken;
import dev.coinid.model.training.EpochResult;
import dev.coinid.model.training.StopReason;
import dev.coinid.model.training.TrainingHistory;
import dev.coinid.model.training.TrainingListener;
import dev.coinid.model.training.TrainingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One training run, Keras {@code fit} style: each epoch shuffles the training set, augments every
 * batch afresh, takes one Adam step per batch, then measures the un-augmented validation set and
 * tells the listeners; early stopping and best-weight keeping are listeners too
 * ({@link dev.coinid.model.training.EarlyStopping#listeners()}), steering the run through its
 * {@link RunControl}. Pictures are decoded and fitted once, before the first epoch. The same seed
 * gives the same run.
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
    private final Precision precision;
    private final List<TrainingListener> listeners;
    private final CancellationToken cancellation;

    TrainingRun(Preprocessing preprocessing, Architecture architecture, Augmentation augmentation,
                TrainingSettings settings, int threads, Precision precision, List<TrainingListener> listeners,
                CancellationToken cancellation) {
        this.preprocessing = preprocessing;
        this.architecture = architecture;
        this.augmentation = augmentation;
        this.settings = settings;
        this.threads = threads;
        this.precision = precision;
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
                .learningRate(settings.learningRate()).seed(settings.seed()).threads(threads).precision(precision).build()) {
            TrainingHistory history = new Epochs(engine, labels, train, validation).run();
            return new Outcome(engine.toInference(), history);
        }
    }

    /** The epochs of one run on one engine, and what its listeners hear. */
    private final class Epochs {

        private final TrainingEngine engine;
        private final List<String> labels;
        private final TrainingBatches batches;
        private final PreparedImages validation;
        private final RunControl control;
        /** The caller's listeners, then those of the early-stopping rule. */
        private final List<TrainingListener> listeners = new ArrayList<>(TrainingRun.this.listeners);

        Epochs(TrainingEngine engine, List<String> labels, PreparedImages train, PreparedImages validation) {
            this.engine = engine;
            this.labels = labels;
            this.batches = new TrainingBatches(train, augmentation, settings.seed(), settings.batchSize(),
                    preprocessing.floatsPerImage());
            this.validation = validation;
            this.control = new RunControl(engine, cancellation);
            listeners.addAll(settings.earlyStopping().listeners());
        }

        /** Trains epoch after epoch until the last one or until a listener or the token stops it. */
        TrainingHistory run() {
            TrainingPlan plan = new TrainingPlan(labels, settings.epochs(), batches.perEpoch(), batches.images(),
                    validation == null ? 0 : validation.size(), cancellation, control);
            listeners.forEach(l -> l.onTrainingStart(plan));
            List<EpochResult> results = new ArrayList<>();
            for (int epoch = 1; epoch <= settings.epochs() && !control.stopRequested(); epoch++) {
                long start = System.nanoTime();
                Optional<EpochMetrics> trained = trainOneEpoch(epoch);
                if (trained.isEmpty()) {
                    break; // cancelled inside the epoch: it does not count
                }
                EpochResult result = result(epoch, trained.get(), validate(), start);
                results.add(result);
                control.finished(epoch);
                listeners.forEach(l -> l.onEpochEnd(result));
            }
            StopReason reason = control.stopReason();
            listeners.forEach(l -> l.onTrainingStop(reason));
            TrainingHistory history = new TrainingHistory(results, reason, control.modelEpoch());
            listeners.forEach(l -> l.onTrainingEnd(history));
            return history;
        }

        /** One pass over the shuffled training set, one step per batch; empty when cancelled before its end. */
        private Optional<EpochMetrics> trainOneEpoch(int epoch) {
            long start = System.nanoTime();
            double rate = settings.schedule().rate(settings.learningRate(), epoch, settings.epochs());
            int[] order = batches.order(epoch);
            EpochMetrics metrics = new EpochMetrics(labels);
            for (int b = 0; b < batches.perEpoch(); b++) {
                if (cancellation.isCancelled()) {
                    return Optional.empty();
                }
                StepResult step = step(epoch, b + 1, batches.batch(epoch, order, b), rate, metrics);
                double seconds = (System.nanoTime() - start) / 1e9;
                BatchResult batch = new BatchResult(epoch, b + 1, batches.perEpoch(), step.loss(), metrics.loss(),
                        metrics.evaluation().kerasRecall(), metrics.images() / Math.max(seconds, 1e-9));
                listeners.forEach(l -> l.onBatchEnd(batch));
            }
            return Optional.of(metrics);
        }

        /** One Adam step on an augmented batch, added to the epoch's figures; a loss that is no number ends the run. */
        private StepResult step(int epoch, int number, TrainingBatches.Batch batch, double rate, EpochMetrics metrics) {
            StepResult step = engine.trainStep(batch.input(), batch.labels(), rate);
            if (!Float.isFinite(step.loss())) {
                throw new TrainingDivergedException("training set", "the loss became " + step.loss() + " at epoch "
                        + epoch + ", batch " + number + " (learning rate " + rate + ", " + precision
                        + "): lower the learning rate" + (precision == Precision.BFLOAT16 ? ", or train in FLOAT32" : ""));
            }
            metrics.add(step, batch.labels());
            return step;
        }

        /** The un-augmented validation set measured with the current weights; null without one. */
        private Evaluation validate() {
            return validation == null ? null : Evaluation.of(labels, validation.labels(),
                    Predictions.of(engine::forward, preprocessing, validation.images(), labels.size()));
        }

        private EpochResult result(int epoch, EpochMetrics trained, Evaluation validated, long start) {
            Evaluation training = trained.evaluation();
            return new EpochResult(epoch, trained.loss(), training.accuracy(), training.kerasRecall(),
                    validated == null ? Double.NaN : validated.loss(),
                    validated == null ? Double.NaN : validated.accuracy(),
                    validated == null ? Double.NaN : validated.kerasRecall(),
                    validated == null ? Double.NaN : validated.macroRecall(),
                    (System.nanoTime() - start) / 1e9);
        }
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
