/** The exceptions coinid throws: one hierarchy under {@link dev.coinid.error.CoinIdException}. */
package dev.coinid.error;
