/**
 * The coin classifier: {@link dev.coinid.model.CoinClassifier} trains, evaluates, classifies,
 * saves and loads; {@link dev.coinid.model.recipe.Preprocessing} is how a photo becomes the network's
 * input, saved with the model.
 */
package dev.coinid.model;

import dev.coinid.model.recipe.Preprocessing;
