package dev.coinid.model.training;

import dev.coinid.model.internal.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EarlyStoppingTest {

    @Test
    void fluentSettersReturnChangedCopies() {
        EarlyStopping base = EarlyStopping.onValidationLoss();
        EarlyStopping changed = base.patience(9).minDelta(0.01).restoreBestWeights(false);
        assertThat(base.patience()).isEqualTo(5);
        assertThat(changed.patience()).isEqualTo(9);
        assertThat(changed.minDelta()).isEqualTo(0.01);
        assertThat(changed.restoreBestWeights()).isFalse();
        assertThat(changed.enabled()).isTrue();
        assertThat(EarlyStopping.disabled().enabled()).isFalse();
        assertThatThrownBy(() -> base.patience(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsJsonHoldsOnlyTheRuleAndReadsBack() throws Exception {
        EarlyStopping rule = EarlyStopping.onValidationMacroRecall().patience(7).minDelta(0.01);
        String json = Json.writer().writeValueAsString(rule);
        assertThat(json).contains("\"patience\" : 7").doesNotContain("listeners");
        assertThat(Json.reader().forType(EarlyStopping.class).<EarlyStopping>readValue(json)).isEqualTo(rule);
    }

    @Test
    void monitorsKnowWhichDirectionIsBetter() {
        assertThat(Monitor.VALIDATION_LOSS.improves(0.5, 0.6, 0)).isTrue();
        assertThat(Monitor.VALIDATION_LOSS.improves(0.59, 0.6, 0.05)).isFalse();
        assertThat(Monitor.VALIDATION_MACRO_RECALL.improves(0.8, 0.7, 0)).isTrue();
        assertThat(Monitor.VALIDATION_MACRO_RECALL.improves(0.6, 0.7, 0)).isFalse();
        assertThat(Monitor.VALIDATION_LOSS.improves(1.0, Double.NaN, 0)).as("anything beats nothing").isTrue();
        assertThat(Monitor.VALIDATION_LOSS.improves(Double.NaN, 1.0, 0)).isFalse();
        EpochResult e = new EpochResult(1, 1.0, 0.5, 0.4, 0.9, 0.6, 0.5, 0.55, 1);
        assertThat(Monitor.VALIDATION_MACRO_RECALL.valueOf(e)).isEqualTo(0.55);
        assertThat(Monitor.TRAINING_LOSS.valueOf(e)).isEqualTo(1.0);
    }
}
