/**
 * Network architectures as plain values: an {@link dev.coinid.model.architecture.Architecture}
 * is a name and a list of {@link dev.coinid.model.architecture.Layer} records, saved with every
 * model and turned into a TensorFlow graph only by the engine.
 */
package dev.coinid.model.architecture;
