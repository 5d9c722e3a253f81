package dev.coinid.model.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LearningRateScheduleTest {

    @Test
    void constantKeepsTheBaseRate() {
        assertThat(LearningRateSchedule.CONSTANT.rate(1e-3, 1, 10)).isEqualTo(1e-3);
        assertThat(LearningRateSchedule.CONSTANT.rate(1e-3, 10, 10)).isEqualTo(1e-3);
    }

    @Test
    void cosineStartsAtTheBaseRateHalvesMidwayAndEndsSmallButPositive() {
        LearningRateSchedule cosine = LearningRateSchedule.COSINE;
        assertThat(cosine.rate(2e-3, 1, 40)).isEqualTo(2e-3);
        assertThat(cosine.rate(2e-3, 21, 40)).isCloseTo(1e-3, within(1e-12));
        assertThat(cosine.rate(2e-3, 40, 40)).isPositive().isLessThan(1e-5);
        for (int epoch = 2; epoch <= 40; epoch++) {
            assertThat(cosine.rate(2e-3, epoch, 40)).isLessThan(cosine.rate(2e-3, epoch - 1, 40));
        }
    }

    @Test
    void anEpochOutsideTheRunIsRefused() {
        assertThatThrownBy(() -> LearningRateSchedule.COSINE.rate(1e-3, 0, 5)).hasMessageContaining("epoch 0");
        assertThatThrownBy(() -> LearningRateSchedule.COSINE.rate(1e-3, 6, 5)).hasMessageContaining("1..5");
    }
}
