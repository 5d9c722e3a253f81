/**
 * Keras {@code ImageDataGenerator}-style augmentation of coin pictures, never flipping:
 * {@link dev.coinid.augment.Augmentation} describes it, {@link dev.coinid.augment.BatchAugmenter}
 * writes augmented batches into float buffers, {@link dev.coinid.augment.AffineAugmenter} applies
 * one explicit {@link dev.coinid.augment.Transform}.
 */
package dev.coinid.augment;
