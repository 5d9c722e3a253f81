package dev.coinid.model;

import dev.coinid.model.training.EarlyStopping;

/**
 * How a model was trained, saved in its metadata for the record.
 *
 * @param epochs the most epochs asked for
 * @param batchSize images per training batch
 * @param learningRate Adam's learning rate
 * @param seed the seed of weight initialisation, shuffles and augmentation
 * @param earlyStopping the early-stopping rule
 * @param augmentation a description of the augmentation used
 */
public record TrainingSettings(int epochs, int batchSize, double learningRate, long seed,
                               EarlyStopping earlyStopping, String augmentation) {
}
