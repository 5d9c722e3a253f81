package dev.coinid.research.classification;

import dev.coinid.image.Outcome;
import dev.coinid.augment.AffineAugmenter;
import dev.coinid.augment.FillMode;
import dev.coinid.augment.Transform;
import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.evaluation.Evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-time augmentation by rotation: a photo is classified at {@code turns} evenly spaced
 * rotations and the probabilities are averaged. A coin lies at any angle, so its class does not
 * change with rotation, while the network's mistakes partly do.
 */
public final class RotationAveraging {

    private static final AffineAugmenter ROTATOR = AffineAugmenter.withFill(FillMode.REFLECT, 0);

    private final int turns;

    /** Averages over {@code turns} rotations by multiples of 360/turns degrees (1: no averaging). */
    public RotationAveraging(int turns) {
        if (turns < 1) {
            throw new IllegalArgumentException("turns must be at least 1, was " + turns);
        }
        this.turns = turns;
    }

    /** Evaluates {@code model} on {@code testSet}, each photo's probabilities averaged over the rotations. */
    public Evaluation evaluate(CoinClassifier model, ImageDataset testSet) {
        if (turns == 1) {
            return model.evaluate(testSet);
        }
        List<String> labels = model.labels();
        int[] actual = new int[testSet.size()];
        float[][] probabilities = new float[testSet.size()][];
        for (int i = 0; i < testSet.size(); i++) {
            LabelledImage image = testSet.get(i);
            actual[i] = labels.indexOf(image.label());
            probabilities[i] = averaged(model, image.source().load(), labels);
        }
        return Evaluation.of(labels, actual, probabilities);
    }

    private float[] averaged(CoinClassifier model, RgbImage photo, List<String> labels) {
        List<ImageSource> rotated = new ArrayList<>(turns);
        for (int t = 0; t < turns; t++) {
            Transform turn = Transform.identity().withRotation(360.0 * t / turns);
            rotated.add(ImageSource.memory("turn" + t, t == 0 ? photo : ROTATOR.apply(photo, turn)));
        }
        float[] mean = new float[labels.size()];
        for (Classification c : model.classifyAll(rotated).stream().map(Outcome::orElseThrow).toList()) {
            for (LabelScore score : c.probabilities()) {
                mean[labels.indexOf(score.label())] += score.probability() / turns;
            }
        }
        return mean;
    }
}
