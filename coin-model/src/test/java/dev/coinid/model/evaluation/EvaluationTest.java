package dev.coinid.model.evaluation;

import dev.coinid.error.CoinIdException;
import dev.coinid.error.LabelMismatchException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EvaluationTest {

    private static final List<String> LABELS = List.of("a", "b", "c");

    /** Six images: a,a,a,b,b,c; predictions a,a,b(0.45),b,b(0.5),c. */
    private static Evaluation sample() {
        int[] actual = {0, 0, 0, 1, 1, 2};
        float[][] p = {
                {0.9f, 0.05f, 0.05f},
                {0.6f, 0.3f, 0.1f},
                {0.35f, 0.45f, 0.2f},
                {0.1f, 0.8f, 0.1f},
                {0.3f, 0.5f, 0.2f},   // right, but not above 0.5: Keras recall does not count it
                {0.2f, 0.1f, 0.7f},
        };
        return Evaluation.of(LABELS, actual, p);
    }

    @Test
    void confusionMatrixCountsActualAgainstPredicted() {
        assertThat(sample().confusionMatrix()).isDeepEqualTo(new int[][] {{2, 1, 0}, {0, 2, 0}, {0, 0, 1}});
    }

    @Test
    void accuracyPrecisionRecallAndF1PerClass() {
        Evaluation ev = sample();
        assertThat(ev.accuracy()).isCloseTo(5 / 6.0, within(1e-12));
        ClassMetrics a = ev.perClass("a");
        assertThat(a.precision()).isEqualTo(1.0);
        assertThat(a.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(a.f1()).isCloseTo(0.8, within(1e-12));
        ClassMetrics b = ev.perClass("b");
        assertThat(b.precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(b.recall()).isEqualTo(1.0);
        assertThat(b.support()).isEqualTo(2);
        assertThat(ev.macroRecall()).isCloseTo((2 / 3.0 + 1 + 1) / 3, within(1e-12));
    }

    @Test
    void kerasRecallCountsTrueClassProbabilitiesAboveOneHalf() {
        // found: 0.9, 0.6, 0.8, 0.7 -> 4 of 6 (0.45 is wrong anyway, 0.5 is not above 0.5)
        assertThat(sample().kerasRecall()).isCloseTo(4 / 6.0, within(1e-12));
    }

    @Test
    void lossIsMeanCrossEntropyOfTheTrueClass() {
        double expected = -(Math.log(0.9) + Math.log(0.6) + Math.log(0.35) + Math.log(0.8) + Math.log(0.5) + Math.log(0.7)) / 6;
        assertThat(sample().loss()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void classesWithoutImagesDoNotDragTheMacroAverageDown() {
        Evaluation ev = Evaluation.of(LABELS, new int[] {0, 1}, new float[][] {{1, 0, 0}, {0, 1, 0}});
        assertThat(ev.macroRecall()).isEqualTo(1.0);
        assertThat(ev.perClass("c").support()).isZero();
    }

    @Test
    void anUnknownLabelIsALabelMismatchNamingIt() {
        assertThatThrownBy(() -> sample().perClass("z"))
                .isInstanceOf(LabelMismatchException.class).isInstanceOf(CoinIdException.class)
                .hasMessageStartingWith("label 'z': not a class of this evaluation").hasMessageContaining(LABELS.toString());
    }

    @Test
    void reportShowsSummaryTableAndConfusion() {
        String report = sample().report();
        assertThat(report).contains("6 images", "accuracy 0.8333", "keras recall 0.6667", "precision", "macro",
                "confusion (rows: actual, columns: predicted)");
        assertThat(report.lines().filter(l -> l.startsWith("a ")).toList()).hasSize(2); // table row and confusion row
    }

    @Test
    void theSumOfTwoPartsIsTheEvaluationOfTheWhole() {
        int[] actual = {0, 0, 0, 1, 1, 2};
        float[][] p = {
                {0.9f, 0.05f, 0.05f}, {0.6f, 0.3f, 0.1f}, {0.35f, 0.45f, 0.2f},
                {0.1f, 0.8f, 0.1f}, {0.3f, 0.5f, 0.2f}, {0.2f, 0.1f, 0.7f},
        };
        Evaluation empty = Evaluation.of(LABELS, new int[0], new float[0][]);
        Evaluation first = Evaluation.of(LABELS, new int[] {0, 0}, new float[][] {p[0], p[1]});
        Evaluation rest = Evaluation.of(LABELS, new int[] {0, 1, 1, 2}, new float[][] {p[2], p[3], p[4], p[5]});
        Evaluation whole = sample();

        Evaluation sum = empty.plus(first).plus(rest);
        assertThat(sum.count()).isEqualTo(6);
        assertThat(sum.confusionMatrix()).isDeepEqualTo(whole.confusionMatrix());
        assertThat(sum.accuracy()).isEqualTo(whole.accuracy());
        assertThat(sum.kerasRecall()).isEqualTo(whole.kerasRecall());
        assertThat(sum.macroRecall()).isEqualTo(whole.macroRecall());
        assertThat(sum.loss()).isCloseTo(whole.loss(), within(1e-12));
        assertThat(empty.loss()).isNaN();
        assertThat(empty.kerasRecall()).isNaN();
        assertThat(first.confusionMatrix()).as("the parts are unchanged").isDeepEqualTo(new int[][] {{2, 0, 0}, {0, 0, 0}, {0, 0, 0}});
        assertThatThrownBy(() -> whole.plus(Evaluation.of(List.of("a", "b"), new int[0], new float[0][])))
                .isInstanceOf(LabelMismatchException.class).hasMessageContaining("[a, b]");
    }

    @Test
    void rejectsMismatchedInput() {
        assertThatThrownBy(() -> Evaluation.of(LABELS, new int[] {0}, new float[][] {{1, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 values, expected 3");
        assertThatThrownBy(() -> Evaluation.of(LABELS, new int[] {3}, new float[][] {{1, 0, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label index 3");
    }
}
