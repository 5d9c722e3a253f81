package dev.coinid.model;

import dev.coinid.model.evaluation.Evaluation;
import dev.coinid.model.training.EpochResult;
import dev.coinid.model.training.TrainingHistory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoinClassifierTrainingTest {

    @Test
    void learnsSyntheticCoinsToAtLeast90PercentTestAccuracy() {
        Evaluation ev = TrainedSyntheticModel.model().evaluate(TrainedSyntheticModel.testSet());
        System.out.println(ev.report());
        System.out.println(TrainedSyntheticModel.model().history().toCsv());
        assertThat(ev.count()).isEqualTo(160);
        assertThat(ev.accuracy()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void trainingLossDecreases() {
        TrainingHistory history = TrainedSyntheticModel.model().history();
        List<EpochResult> epochs = history.epochs();
        assertThat(epochs).hasSizeGreaterThanOrEqualTo(3);
        assertThat(epochs.get(epochs.size() - 1).trainLoss()).isLessThan(epochs.get(0).trainLoss() * 0.7);
    }
}
