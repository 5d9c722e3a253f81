package dev.coinid.model.engine;

/**
 * What one training step computed, before the weights were updated.
 *
 * @param loss the batch's mean categorical cross-entropy
 * @param probabilities the softmax outputs, {@code batch x classes}, row-major
 */
public record StepResult(float loss, float[] probabilities) {
}
