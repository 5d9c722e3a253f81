package dev.coinid.bench;

import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.synthetic.SyntheticCoins;

import java.util.List;
import java.util.Objects;

/**
 * A network the conv-path benchmarks measure, and what one image costs it. Two exist, chosen by
 * the benchmarks' {@code network} parameter: {@link #defaults()}, what the library trains and
 * classifies with unless told otherwise ({@link Recipe#polar()}: the polar CNN on the coin
 * unwrapped to 128x32, grey local contrast in the graph, eight classes as the euro common-side
 * data), and {@link #seed()}, the original experiment ({@link Recipe#seed()}: the seed CNN on
 * the photo stretched to 128x128 RGB, its four classes), kept as the reference the DJL peer
 * implements. The costs are derived from the architecture, never typed in.
 *
 * @param name the benchmarks' parameter value: {@value #DEFAULT} or {@value #SEED}
 * @param recipe the recipe the network comes from: its preprocessing, architecture and training batch size
 * @param labels the class labels (their number is the output layer's width)
 * @param pictureSize the side of the synthetic pictures its batches are drawn at, before they are fitted to the input
 */
public record BenchmarkedNetwork(String name, Recipe recipe, List<String> labels, int pictureSize) {

    /** The parameter value of {@link #defaults()}. */
    public static final String DEFAULT = "default";
    /** The parameter value of {@link #seed()}. */
    public static final String SEED = "seed";
    /** The classes of the development data's euro common-side photos ({@code euro-common-side}), in its folder names. */
    public static final List<String> EURO_COMMON_SIDE = List.of("1c", "2c", "5c", "10c", "20c", "50c", "1e", "2e");

    /** Colour channels of the input tensor (grey local contrast converts inside the graph, keeping three). */
    private static final int CHANNELS = 3;
    /** A training step costs about three forward passes: the forward, the gradient with respect to activations and to weights. */
    private static final int TRAINING_STEP_IN_FORWARD_PASSES = 3;
    /** The side of the data sets' crops, at which the default network's pictures are drawn before the polar fit. */
    private static final int CROP_SIZE = 256;

    public BenchmarkedNetwork {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recipe, "recipe");
        labels = List.copyOf(labels);
    }

    /** coinid's default network, as {@code CoinClassifier.builder()} trains it, with the euro common-side classes. */
    public static BenchmarkedNetwork defaults() {
        return new BenchmarkedNetwork(DEFAULT, Recipe.polar(), EURO_COMMON_SIDE, CROP_SIZE);
    }

    /** The original experiment's network at 128x128 with its four classes, drawn at the input size. */
    public static BenchmarkedNetwork seed() {
        Recipe seed = Recipe.seed();
        return new BenchmarkedNetwork(SEED, seed, SyntheticCoins.DEFAULT_LABELS, seed.preprocessing().width());
    }

    /** The network of a benchmark's {@code network} parameter. */
    public static BenchmarkedNetwork named(String name) {
        return switch (name) {
            case DEFAULT -> defaults();
            case SEED -> seed();
            default -> throw new IllegalArgumentException("no benchmarked network '" + name + "'; there are '"
                    + DEFAULT + "' and '" + SEED + "'");
        };
    }

    /** The network's layers. */
    public Architecture architecture() {
        return recipe.architecture();
    }

    /** How a photo becomes its input. */
    public Preprocessing preprocessing() {
        return recipe.preprocessing();
    }

    /** Output classes. */
    public int classes() {
        return labels.size();
    }

    /** The batch size training uses by default with this network's recipe. */
    public int trainingBatch() {
        return recipe.batchSize();
    }

    /** The input in words, e.g. "128x32". */
    public String inputSize() {
        return preprocessing().width() + "x" + preprocessing().height();
    }

    /** Floating-point operations of one image's forward pass (2 per multiply-add). */
    public long forwardFlopsPerImage() {
        return architecture().forwardFlops(preprocessing().height(), preprocessing().width(), CHANNELS, classes());
    }

    /** Floating-point operations one image costs a training step: about three forward passes. */
    public long trainingStepFlopsPerImage() {
        return TRAINING_STEP_IN_FORWARD_PASSES * forwardFlopsPerImage();
    }

    /** A freshly initialised training engine of this network (seed 1) on {@code threads} intra-op threads, in float32. */
    public TrainingEngine trainingEngine(int threads) {
        return trainingEngine(threads, Precision.FLOAT32);
    }

    /** A freshly initialised training engine of this network (seed 1) on {@code threads} intra-op threads, in {@code precision}. */
    public TrainingEngine trainingEngine(int threads, Precision precision) {
        return TrainingEngine.builder()
                .architecture(architecture())
                .preprocessing(preprocessing())
                .classes(classes())
                .seed(1)
                .threads(threads)
                .precision(precision)
                .build();
    }

    /** A freshly initialised training engine of this network (seed 1) on all cores. */
    public TrainingEngine trainingEngine() {
        return trainingEngine(Runtime.getRuntime().availableProcessors());
    }

    /** The lean inference engine of a freshly initialised network (seed 1) on all cores. */
    public InferenceEngine inferenceEngine() {
        try (TrainingEngine untrained = trainingEngine()) {
            return untrained.toInference();
        }
    }
}
