package dev.coinid.model.recipe;

import dev.coinid.augment.Augmentation;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;

import java.util.Objects;

/**
 * A way to train a classifier, as values: how photos are prepared, the network, the random
 * transforms of training photos, and the epochs, batch size and learning rate. Two are named:
 * {@link #polar()}, coinid's default (what {@link dev.coinid.model.CoinClassifier#builder()} trains, and
 * {@code coinid train} without {@code --recipe}), and {@link #seed()}, the original Keras
 * experiment. {@link dev.coinid.model.CoinClassifier.Builder#recipe(Recipe)} applies one.
 *
 * @param preprocessing how a photo becomes the network's input
 * @param architecture the network's body
 * @param augmentation random transforms of training photos
 * @param epochs the most epochs to train
 * @param batchSize photos per training batch
 * @param learningRate Adam's learning rate
 */
public record Recipe(Preprocessing preprocessing, Architecture architecture, Augmentation augmentation,
                     int epochs, int batchSize, double learningRate) {

    public Recipe {
        Objects.requireNonNull(preprocessing, "preprocessing");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(augmentation, "augmentation");
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
        }
    }

    /**
     * coinid's default, chosen on photos of a shooting session held out of training (see the
     * README): {@link Preprocessing#polar()} (the coin found and unwrapped into 128 angles by 32
     * radii, grey, local contrast normalised), {@link Architectures#polarCnn()}, {@link
     * Augmentation#polarPreset()}, 40 epochs of batches of 32, Adam at 1e-3. For photos of one
     * coin each, roughly centred.
     */
    public static Recipe polar() {
        return new Recipe(Preprocessing.polar(), Architectures.polarCnn(), Augmentation.polarPreset(), 40, 32, 1e-3);
    }

    /**
     * The original Keras experiment: {@link Preprocessing#seed()} (128x128, the whole photo
     * stretched), {@link Architectures#seedCnn()}, {@link Augmentation#seedPreset()}, 50 epochs of
     * batches of 20, Adam at 1e-3. Far weaker than {@link #polar()} on photos of a new session.
     */
    public static Recipe seed() {
        return new Recipe(Preprocessing.seed(), Architectures.seedCnn(), Augmentation.seedPreset(), 50, 20, 1e-3);
    }

    /** This recipe with another input size (the preprocessing's width and height). */
    public Recipe inputSize(int width, int height) {
        return new Recipe(preprocessing.inputSize(width, height), architecture, augmentation, epochs, batchSize,
                learningRate);
    }
}
