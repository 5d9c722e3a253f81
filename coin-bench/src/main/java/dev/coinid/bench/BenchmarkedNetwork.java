package dev.coinid.bench;

import dev.coinid.model.Preprocessing;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.synthetic.SyntheticCoins;

/**
 * The network every conv-path benchmark measures, and what one image costs it: the default CNN
 * ({@link Architectures#seedCnn()}) at 128x128 RGB with the four classes of the original
 * experiment. The costs are derived from the architecture, never typed in.
 */
public final class BenchmarkedNetwork {

    /** Input width and height in pixels. */
    public static final int INPUT_SIZE = 128;
    /** Output classes (the original experiment's four coins). */
    public static final int CLASSES = SyntheticCoins.DEFAULT_LABELS.size();

    /** A training step costs about three forward passes: the forward, the gradient with respect to activations and to weights. */
    private static final int TRAINING_STEP_IN_FORWARD_PASSES = 3;

    private BenchmarkedNetwork() {
    }

    /** The default CNN. */
    public static Architecture architecture() {
        return Architectures.seedCnn();
    }

    /** The default preprocessing at {@link #INPUT_SIZE}. */
    public static Preprocessing preprocessing() {
        return Preprocessing.seed().inputSize(INPUT_SIZE, INPUT_SIZE);
    }

    /** Floating-point operations of one image's forward pass (2 per multiply-add). */
    public static long forwardFlopsPerImage() {
        return architecture().forwardFlops(INPUT_SIZE, INPUT_SIZE, 3, CLASSES);
    }

    /** Floating-point operations one image costs a training step: about three forward passes. */
    public static long trainingStepFlopsPerImage() {
        return TRAINING_STEP_IN_FORWARD_PASSES * forwardFlopsPerImage();
    }
}
