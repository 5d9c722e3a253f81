/** The result of classifying a picture, as a plain value free of any machine-learning library. */
package dev.coinid.classification;
