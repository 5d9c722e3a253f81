package dev.coinid.model;

import dev.coinid.augment.Augmentation;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Conv2D;
import dev.coinid.model.architecture.Dense;
import dev.coinid.model.architecture.GlobalAveragePooling;
import dev.coinid.model.architecture.MaxPool;
import dev.coinid.model.training.BatchResult;
import dev.coinid.model.training.CancellationToken;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.EpochResult;
import dev.coinid.model.training.Monitor;
import dev.coinid.model.training.StopReason;
import dev.coinid.model.training.TrainingControl;
import dev.coinid.model.training.TrainingHistory;
import dev.coinid.model.training.TrainingListener;
import dev.coinid.model.training.TrainingPlan;
import dev.coinid.model.training.WeightsSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The training loop's control: early stopping, restoring, cancelling, listening, reproducing. Small and fast models. */
@Tag("slow")
class TrainingLoopTest {

    static final Architecture TINY = Architecture.of("tiny", Conv2D.of(8, 3), MaxPool.of(2), new GlobalAveragePooling(), Dense.of(16));
    static ImageDataset train;
    static ImageDataset validation;

    @BeforeAll
    static void data() {
        train = SyntheticCoinsFixture.coins(16, 11);
        validation = SyntheticCoinsFixture.coins(6, 12);
    }

    private static CoinClassifier.Builder tiny() {
        return CoinClassifier.builder().inputSize(32, 32).architecture(TINY).augmentation(Augmentation.seedPreset())
                .batchSize(16).learningRate(3e-3).seed(5);
    }

    @Test
    void aLossThatIsNoLongerANumberEndsTrainingWithATypedError() {
        // steps of 1e30 blow the weights up: the loss becomes infinite or NaN within the first epochs
        assertThatThrownBy(() -> tiny().learningRate(1e30).epochs(5).earlyStopping(EarlyStopping.disabled()).train(train))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageStartingWith("training set: the loss became ")
                .hasMessageContaining("lower the learning rate");
    }

    @Test
    void earlyStoppingStopsAfterPatienceAndRestoresTheBestEpoch() {
        // a minimum improvement no epoch can reach: epoch 1 stays the best, training stops after 1 + patience epochs
        try (CoinClassifier model = tiny().epochs(10)
                .earlyStopping(EarlyStopping.onValidationLoss().patience(2).minDelta(100).restoreBestWeights(true))
                .train(train, validation)) {
            TrainingHistory history = model.history();
            assertThat(history.stopReason()).isEqualTo(StopReason.EARLY_STOPPED);
            assertThat(history.epochs()).hasSize(3);
            assertThat(history.modelEpoch()).isEqualTo(1);
            double epoch1Loss = history.epochs().get(0).validationLoss();
            assertThat(history.epochs().get(2).validationLoss()).isNotCloseTo(epoch1Loss, within(1e-4));
            assertThat(model.evaluate(validation).loss()).as("the weights of epoch 1 are back").isCloseTo(epoch1Loss, within(1e-4));
        }
    }

    @Test
    void withoutRestoringTheLastEpochsWeightsStay() {
        try (CoinClassifier model = tiny().epochs(10)
                .earlyStopping(EarlyStopping.onValidationLoss().patience(1).minDelta(100).restoreBestWeights(false))
                .train(train, validation)) {
            TrainingHistory history = model.history();
            assertThat(history.epochs()).hasSize(2);
            assertThat(history.modelEpoch()).isEqualTo(2);
            assertThat(model.evaluate(validation).loss()).isCloseTo(history.epochs().get(1).validationLoss(), within(1e-4));
        }
    }

    @Test
    void listenersHearEveryBatchAndEpochAndCanCancel() {
        CancellingListener cancelInEpoch2 = new CancellingListener(2, 2);
        List<BatchResult> batches = cancelInEpoch2.batches;
        List<EpochResult> epochs = cancelInEpoch2.epochs;
        try (CoinClassifier model = tiny().epochs(5).listener(cancelInEpoch2).train(train, validation)) {
            assertThat(model.history().stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(model.history().epochs()).hasSize(1).isEqualTo(epochs);
            assertThat(cancelInEpoch2.ends).containsExactly(model.history());
            assertThat(batches).hasSize(4 + 2); // 64 images in batches of 16, then 2 batches of epoch 2
            assertThat(batches.get(3).batch()).isEqualTo(4);
            assertThat(batches.get(3).batches()).isEqualTo(4);
            assertThat(batches.get(3).runningLoss()).isEqualTo(epochs.get(0).trainLoss(), within(1e-9));
        }
    }

    @Test
    void cancellingKeepsTheBestEpochsWeights() {
        // epoch 1 stays the best (no epoch can improve by 100); cancelled inside epoch 3, which does not count
        TrainingListener cancelInEpoch3 = new CancellingListener(3, 2);
        try (CoinClassifier model = tiny().epochs(10).listener(cancelInEpoch3)
                .earlyStopping(EarlyStopping.onValidationLoss().patience(5).minDelta(100).restoreBestWeights(true))
                .train(train, validation)) {
            TrainingHistory history = model.history();
            assertThat(history.stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(history.epochs()).hasSize(2);
            assertThat(history.modelEpoch()).isEqualTo(1);
            assertThat(model.evaluate(validation).loss()).as("the weights of epoch 1 are back")
                    .isCloseTo(history.epochs().get(0).validationLoss(), within(1e-4));
        }
    }

    @Test
    void aListenerStopsTheRunAfterTheEpochAndRestoresWeightsThroughItsControl() {
        List<Integer> modelEpochs = new ArrayList<>();
        TrainingListener stopper = new TrainingListener() {
            TrainingControl control;
            WeightsSnapshot first;

            @Override
            public void onTrainingStart(TrainingPlan plan) {
                control = plan.control();
            }

            @Override
            public void onBatchEnd(BatchResult b) {
                if (b.epoch() == 2 && b.batch() == 1) {
                    control.requestStop(StopReason.EARLY_STOPPED); // epoch 2 still ends
                }
            }

            @Override
            public void onEpochEnd(EpochResult e) {
                modelEpochs.add(control.modelEpoch());
                if (e.epoch() == 1) {
                    first = control.snapshotWeights();
                }
            }

            @Override
            public void onTrainingStop(StopReason reason) {
                control.restoreWeights(first);
            }
        };
        try (CoinClassifier model = tiny().epochs(5).listener(stopper).train(train, validation)) {
            TrainingHistory history = model.history();
            assertThat(history.stopReason()).isEqualTo(StopReason.EARLY_STOPPED);
            assertThat(history.epochs()).hasSize(2);
            assertThat(modelEpochs).containsExactly(1, 2);
            assertThat(history.modelEpoch()).isEqualTo(1);
            assertThat(model.evaluate(validation).loss()).isCloseTo(history.epochs().get(0).validationLoss(), within(1e-4));
        }
    }

    @Test
    void weightsOfAnotherRunCannotBeRestored() {
        WeightsSnapshot[] kept = new WeightsSnapshot[1];
        TrainingListener keeper = new TrainingListener() {
            TrainingControl control;

            @Override
            public void onTrainingStart(TrainingPlan plan) {
                control = plan.control();
            }

            @Override
            public void onEpochEnd(EpochResult e) {
                if (kept[0] == null) {
                    kept[0] = control.snapshotWeights();
                } else {
                    control.restoreWeights(kept[0]);
                }
            }
        };
        tiny().epochs(1).listener(keeper).train(train).close();
        assertThatThrownBy(() -> tiny().epochs(1).listener(keeper).train(train))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not taken by this training run");
    }

    @Test
    void aTokenCancelledBeforeTrainingStopsBeforeTheFirstBatch() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        try (CoinClassifier model = tiny().epochs(5).cancellation(token).train(train, validation)) {
            assertThat(model.history().stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(model.history().epochs()).isEmpty();
        }
    }

    @Test
    void sameSeedGivesTheSameRunAndAnotherSeedDoesNot() {
        TrainingHistory first;
        TrainingHistory second;
        TrainingHistory other;
        try (CoinClassifier a = tiny().epochs(2).train(train, validation)) {
            first = a.history();
        }
        try (CoinClassifier b = tiny().epochs(2).train(train, validation)) {
            second = b.history();
        }
        try (CoinClassifier c = tiny().epochs(2).seed(6).train(train, validation)) {
            other = c.history();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(second.epochs().get(i).trainLoss()).isCloseTo(first.epochs().get(i).trainLoss(), within(1e-4));
            assertThat(second.epochs().get(i).validationLoss()).isCloseTo(first.epochs().get(i).validationLoss(), within(1e-4));
        }
        assertThat(other.epochs().get(0).trainLoss()).isNotCloseTo(first.epochs().get(0).trainLoss(), within(1e-4));
    }

    @Test
    void trainsWithoutAValidationSetWhenEarlyStoppingWatchesTrainingLoss() {
        try (CoinClassifier model = tiny().epochs(2).earlyStopping(EarlyStopping.on(Monitor.TRAINING_LOSS)).train(train)) {
            assertThat(model.history().epochs()).hasSize(2).allSatisfy(e -> assertThat(e.hasValidation()).isFalse());
            assertThat(model.metadata().metrics()).containsKey("train_loss").doesNotContainKey("validation_loss");
        }
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> tiny().earlyStopping(EarlyStopping.onValidationLoss()).train(train))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a validation set");
        assertThatThrownBy(() -> tiny().augmentation(Augmentation.builder().rescale(1).build()).train(train, validation))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rescale");
        assertThatThrownBy(() -> tiny().epochs(0)).isInstanceOf(IllegalArgumentException.class);
        ImageDataset oneClass = train.filter(i -> i.label().equals("Atenas"));
        assertThatThrownBy(() -> tiny().train(oneClass, validation))
                .isInstanceOf(dev.coinid.error.DatasetLayoutException.class).hasMessageContaining("at least 2 classes");
    }

    /** Cancels the run through its plan's cancellation at one batch of one epoch, and records all it hears. */
    private static final class CancellingListener implements TrainingListener {

        final List<BatchResult> batches = new ArrayList<>();
        final List<EpochResult> epochs = new ArrayList<>();
        final List<TrainingHistory> ends = new ArrayList<>();
        private final int epoch;
        private final int batch;
        private TrainingPlan plan;

        CancellingListener(int epoch, int batch) {
            this.epoch = epoch;
            this.batch = batch;
        }

        @Override
        public void onTrainingStart(TrainingPlan p) {
            plan = p;
        }

        @Override
        public void onBatchEnd(BatchResult b) {
            batches.add(b);
            if (b.epoch() == epoch && b.batch() == batch) {
                plan.cancellation().cancel();
            }
        }

        @Override
        public void onEpochEnd(EpochResult e) {
            epochs.add(e);
        }

        @Override
        public void onTrainingEnd(TrainingHistory h) {
            ends.add(h);
        }
    }
}
