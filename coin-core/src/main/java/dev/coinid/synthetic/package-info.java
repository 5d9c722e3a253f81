/** Synthetic, seeded coin pictures for tests and the demo: {@link dev.coinid.synthetic.SyntheticCoins}. */
package dev.coinid.synthetic;
