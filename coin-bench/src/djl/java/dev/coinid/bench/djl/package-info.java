/**
 * The peer: coinid's default CNN built layer for layer in Deep Java Library on the PyTorch
 * engine, benchmarked as shipped and as a competent DJL user would tune it. Compiled only in
 * coin-bench's {@code djl} Maven profile.
 */
package dev.coinid.bench.djl;
