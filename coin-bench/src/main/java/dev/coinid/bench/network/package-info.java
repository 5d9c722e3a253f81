/**
 * Benchmarks of the network itself on prepared float batches: the forward pass, the training
 * step, the attainable matmul peak they are measured against, and the levers that may speed
 * the forward pass up.
 */
package dev.coinid.bench.network;
