/**
 * Identification of 2-euro coins from reference pictures: build a {@link dev.coinid.match.DesignIndex}
 * from one picture per catalogued coin, save and load it, and ask it which design a photo shows,
 * or whether it shows none that it knows.
 */
package dev.coinid.match;
