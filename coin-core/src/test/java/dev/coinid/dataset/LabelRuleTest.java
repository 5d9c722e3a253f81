package dev.coinid.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelRuleTest {

    @Test
    void prefixBeforeFirstZeroIsTheOriginalExperimentsRule() {
        LabelRule rule = LabelRule.prefixBeforeFirstZero();

        assertThat(rule.labelOf("Atenas0 (78).jpg")).contains("Atenas");
        assertThat(rule.labelOf("Francia0 (2).jpg")).contains("Francia");
        assertThat(rule.labelOf("image005.jpg")).contains("image");
        assertThat(rule.labelOf("Ñandú Perú0 (1).jpg")).contains("Ñandú Perú");
        assertThat(rule.labelOf("Vaticano 0.png")).contains("Vaticano");
    }

    @Test
    void prefixBeforeFirstZeroFindsNoLabelWithoutAZeroOrBeforeIt() {
        LabelRule rule = LabelRule.prefixBeforeFirstZero();

        assertThat(rule.labelOf("Atenas (78).jpg")).isEmpty();
        assertThat(rule.labelOf("0123.jpg")).isEmpty();
        assertThat(rule.labelOf(" 0123.jpg")).isEmpty();
    }

    @Test
    void regexLabelIsItsFirstGroupOrTheWholeMatch() {
        assertThat(LabelRule.regex("^([^_]+)_").labelOf("Atenas_12.jpg")).contains("Atenas");
        assertThat(LabelRule.regex("[A-Z][a-z]+").labelOf("12-Francia-3.jpg")).contains("Francia");
        assertThat(LabelRule.regex("^([^_]+)_").labelOf("nounderscore.jpg")).isEmpty();
    }
}
