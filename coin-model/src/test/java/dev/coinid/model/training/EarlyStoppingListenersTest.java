package dev.coinid.model.training;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The listeners an {@link EarlyStopping} rule makes, driven epoch by epoch as a run drives them. */
class EarlyStoppingListenersTest {

    private final RecordingControl control = new RecordingControl();

    /** Runs the rule's listeners over epochs with these validation losses, stopping when asked, then ends; returns the epochs run. */
    private int run(EarlyStopping rule, double... validationLosses) {
        List<TrainingListener> listeners = rule.listeners();
        TrainingPlan plan = new TrainingPlan(List.of("a", "b"), validationLosses.length, 1, 10, 2,
                new CancellationToken(), control);
        listeners.forEach(l -> l.onTrainingStart(plan));
        int epoch = 0;
        while (epoch < validationLosses.length && control.stopRequests.isEmpty()) {
            epoch++;
            EpochResult result = new EpochResult(epoch, 1, 0.5, 0.5, validationLosses[epoch - 1],
                    1 - validationLosses[epoch - 1], 0.5, 1 - validationLosses[epoch - 1], 1);
            control.finished(epoch);
            listeners.forEach(l -> l.onEpochEnd(result));
        }
        StopReason reason = control.stopRequests.isEmpty() ? StopReason.COMPLETED : control.stopRequests.get(0);
        listeners.forEach(l -> l.onTrainingStop(reason));
        return epoch;
    }

    @Test
    void stopsAfterPatienceEpochsWithoutImprovement() {
        int epochs = run(EarlyStopping.onValidationLoss().patience(2).restoreBestWeights(false),
                0.9, 0.7, 0.8, 0.75, 0.6, 0.5);
        assertThat(epochs).as("epoch 2 is the best; 3 and 4 do not beat it").isEqualTo(4);
        assertThat(control.stopRequests).containsExactly(StopReason.EARLY_STOPPED);
        assertThat(control.restoredEpochs).as("without restoring, the last weights stay").isEmpty();
        assertThat(control.modelEpoch()).isEqualTo(4);
    }

    @Test
    void anImprovementSmallerThanMinDeltaDoesNotCount() {
        int epochs = run(EarlyStopping.onValidationLoss().patience(2).minDelta(0.05), 0.9, 0.88, 0.87, 0.5);
        assertThat(epochs).isEqualTo(3);
        assertThat(control.stopRequests).containsExactly(StopReason.EARLY_STOPPED);
    }

    @Test
    void keepsTheBestEpochsWeightsAndRestoresThemWhenTrainingStops() {
        int epochs = run(EarlyStopping.onValidationLoss().patience(3).restoreBestWeights(true),
                0.9, 0.6, 0.7, 0.65, 0.8, 0.1);
        assertThat(epochs).isEqualTo(5);
        assertThat(control.snapshotEpochs).as("a copy at every improvement").containsExactly(1, 2);
        assertThat(control.restoredEpochs).containsExactly(2);
        assertThat(control.modelEpoch()).isEqualTo(2);
    }

    @Test
    void restoresTheBestWeightsAlsoWhenEveryEpochRan() {
        run(EarlyStopping.onValidationLoss().patience(5), 0.9, 0.5, 0.7);
        assertThat(control.stopRequests).isEmpty();
        assertThat(control.restoredEpochs).containsExactly(2);
    }

    @Test
    void restoresNothingWhenTheLastEpochIsTheBest() {
        run(EarlyStopping.onValidationLoss().patience(2), 0.9, 0.8, 0.7);
        assertThat(control.snapshotEpochs).containsExactly(1, 2, 3);
        assertThat(control.restoredEpochs).isEmpty();
        assertThat(control.modelEpoch()).isEqualTo(3);
    }

    @Test
    void aHigherIsBetterMonitorKeepsTheHighestEpoch() {
        // macro recall is 1 - loss in these epochs: epoch 2 has the highest
        run(EarlyStopping.onValidationMacroRecall().patience(2), 0.5, 0.2, 0.3, 0.4);
        assertThat(control.stopRequests).containsExactly(StopReason.EARLY_STOPPED);
        assertThat(control.restoredEpochs).containsExactly(2);
    }

    @Test
    void aDisabledRuleMakesNoListenersAndEachRuleMakesFreshOnes() {
        assertThat(EarlyStopping.disabled().listeners()).isEmpty();
        assertThat(EarlyStopping.onValidationLoss().restoreBestWeights(false).listeners()).hasSize(1);
        EarlyStopping rule = EarlyStopping.onValidationLoss();
        assertThat(rule.listeners()).hasSize(2).doesNotContainAnyElementsOf(rule.listeners());
    }
}
