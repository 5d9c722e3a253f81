package dev.coinid.classification;

import java.util.Objects;

/**
 * One class label with the probability a model gives it.
 *
 * @param label the class label, as in the model's label list
 * @param probability the softmax probability, 0..1
 */
public record LabelScore(String label, float probability) {

    public LabelScore {
        Objects.requireNonNull(label, "label");
        if (!(probability >= 0f && probability <= 1.0001f)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
        }
    }
}
