/**
 * Benchmarks of what surrounds the network: classifying a photo file end to end, decoding JPEGs
 * with each available decoder, and augmenting a training batch.
 */
package dev.coinid.bench.photo;
