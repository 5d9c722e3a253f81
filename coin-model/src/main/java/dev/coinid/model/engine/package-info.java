/**
 * The TensorFlow layer: builds an {@link dev.coinid.model.architecture.Architecture} into graphs,
 * runs training steps and forward passes on prepared float batches. Public so benchmarks can
 * time the network without decoding or augmentation; applications use
 * {@link dev.coinid.model.CoinClassifier}.
 */
package dev.coinid.model.engine;
