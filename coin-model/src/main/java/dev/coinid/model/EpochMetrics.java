package dev.coinid.model;

import dev.coinid.model.engine.StepResult;
import dev.coinid.model.evaluation.Evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * The training figures of one epoch so far, as Keras reports them: the loss is the mean of the
 * steps' losses (weighted by batch size), accuracy and recall come from an {@link Evaluation} of
 * the softmax outputs each step computed before updating the weights.
 */
final class EpochMetrics {

    private final List<String> labels;
    private Evaluation evaluation;
    private double lossSum;

    EpochMetrics(List<String> labels) {
        this.labels = labels;
        this.evaluation = Evaluation.of(labels, new int[0], new float[0][]);
    }

    /** Adds one training step on a batch whose images have the class indices {@code batchLabels}. */
    void add(StepResult step, int[] batchLabels) {
        int k = labels.size();
        float[][] probabilities = new float[batchLabels.length][];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = Arrays.copyOfRange(step.probabilities(), i * k, (i + 1) * k);
        }
        evaluation = evaluation.plus(Evaluation.of(labels, batchLabels, probabilities));
        lossSum += (double) step.loss() * batchLabels.length;
    }

    /** Images trained on so far. */
    int images() {
        return evaluation.count();
    }

    /** The mean of the steps' losses so far, weighted by batch size. */
    double loss() {
        return lossSum / evaluation.count();
    }

    /** Accuracy and Keras recall of the batches so far (its loss is the clipped cross-entropy, not {@link #loss()}). */
    Evaluation evaluation() {
        return evaluation;
    }
}
