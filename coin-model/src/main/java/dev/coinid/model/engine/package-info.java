/**
 * The TensorFlow layer: builds an {@link dev.coinid.model.architecture.Architecture} into graphs,
 * runs training steps and forward passes on prepared float batches. Not API: the module exports
 * it only to the benchmarks and the research harness, which time the network without decoding or
 * augmentation; applications use {@link dev.coinid.model.CoinClassifier}.
 */
package dev.coinid.model.engine;
