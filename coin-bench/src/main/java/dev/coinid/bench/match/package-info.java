/**
 * Benchmarks of identification (coin-match's {@link dev.coinid.match.DesignIndex}): identifying a
 * 400x400 photo against an index of about 450 reference pictures, and building that index. They
 * use the shared reference galleries where they exist and made-up designs
 * ({@link dev.coinid.synthetic.SyntheticDesigns}) otherwise; see {@link dev.coinid.bench.match.IdentificationReferences}.
 */
package dev.coinid.bench.match;
