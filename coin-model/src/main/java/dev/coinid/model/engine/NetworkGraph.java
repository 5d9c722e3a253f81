package dev.coinid.model.engine;

import dev.coinid.image.Fit;
import dev.coinid.image.internal.Luminance;
import dev.coinid.model.architecture.Activation;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.architecture.BatchNorm;
import dev.coinid.model.architecture.Conv2D;
import dev.coinid.model.architecture.Dense;
import dev.coinid.model.architecture.Dropout;
import dev.coinid.model.architecture.Flatten;
import dev.coinid.model.architecture.GlobalAveragePooling;
import dev.coinid.model.architecture.InstanceNorm;
import dev.coinid.model.architecture.Layer;
import dev.coinid.model.architecture.MaxPool;
import dev.coinid.model.architecture.Padding;
import dev.coinid.model.architecture.TensorShape;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
import org.tensorflow.Operand;
import org.tensorflow.OperationBuilder;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds an {@link Architecture} into a TensorFlow graph: creates each layer's variables once,
 * then wires forward passes over them, in training mode (dropout, batch statistics) or in
 * inference mode (moving averages), ending in the logits of the classifier head.
 */
final class NetworkGraph {

    /** Whether a forward pass trains (dropout on, batch-norm on batch statistics) or infers. */
    enum Mode { TRAINING, INFERENCE }

    /**
     * A forward pass.
     *
     * @param logits the head's outputs before softmax, {@code [N, classes]}
     * @param updates ops to run with each training step (batch-norm moving averages)
     */
    record Forward(Operand<TFloat32> logits, List<Op> updates) {
    }

    private final Ops tf;
    private final Architecture architecture;
    private final Normalization normalization;
    /** Whether the input's width is a circle (a coin unwrapped into polar coordinates). */
    private final boolean cyclicWidth;
    private final int height;
    private final int width;
    private final List<Parameter> parameters = new ArrayList<>();
    /** The parameters of each body layer, then of the head. */
    private final List<List<Parameter>> layerParameters = new ArrayList<>();

    /**
     * The graph of {@code architecture} on input prepared as {@code preprocessing} says: its size,
     * its normalisation, and whether its width is a circle ({@link Fit#COIN_POLAR}), in which case
     * the local contrast normalisation wraps around the seam as cyclic convolutions do.
     */
    NetworkGraph(Ops tf, Architecture architecture, Preprocessing preprocessing, int classes) {
        this.tf = tf;
        this.architecture = architecture;
        this.normalization = preprocessing.normalization();
        this.cyclicWidth = preprocessing.fit() == Fit.COIN_POLAR;
        this.height = preprocessing.height();
        this.width = preprocessing.width();
        List<TensorShape> shapes = architecture.outputShapes(height, width, 3);
        TensorShape in = TensorShape.image(height, width, 3);
        for (int i = 0; i < architecture.layers().size(); i++) {
            Layer layer = architecture.layers().get(i);
            layerParameters.add(createParameters(scopeName(i, layer), layer, in));
            in = shapes.get(i);
        }
        Ops head = tf.withSubScope("head");
        layerParameters.add(List.of(
                parameter(head, "head/kernel", new long[] {in.size(), classes}, true, Parameter.Initial.GLOROT_UNIFORM),
                parameter(head, "head/bias", new long[] {classes}, true, Parameter.Initial.ZEROS)));
    }

    /** Every variable, in creation order (the order of {@link Weights}). */
    List<Parameter> parameters() {
        return List.copyOf(parameters);
    }

    /** The variables the optimizer trains. */
    List<Parameter> trainableParameters() {
        return parameters.stream().filter(Parameter::trainable).toList();
    }

    /** The input images, {@code [N, height, width, 3]} floats in the trained scale. */
    Placeholder<TFloat32> inputPlaceholder(String name) {
        return tf.withName(name).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, height, width, 3)));
    }

    /**
     * A forward pass from {@code input} to the logits. In training mode, {@code dropoutSeed}
     * (an int64 pair fed per step) seeds the dropout masks; in inference mode it is unused.
     */
    Forward forward(Operand<TFloat32> input, Mode mode, Operand<TInt64> dropoutSeed) {
        Ops ops = tf.withSubScope(mode.name().toLowerCase(Locale.ROOT));
        Operand<TFloat32> x = normalize(ops, input);
        List<Op> updates = new ArrayList<>();
        for (int i = 0; i < architecture.layers().size(); i++) {
            Layer layer = architecture.layers().get(i);
            Ops scope = ops.withSubScope(scopeName(i, layer));
            x = apply(scope, layer, layerParameters.get(i), x, mode, dropoutSeed, i, updates);
        }
        List<Parameter> head = layerParameters.get(layerParameters.size() - 1);
        Ops scope = ops.withSubScope("head");
        Operand<TFloat32> logits = scope.nn.biasAdd(scope.linalg.matMul(x, head.get(0).variable()), head.get(1).variable());
        return new Forward(logits, List.copyOf(updates));
    }

    private Operand<TFloat32> normalize(Ops ops, Operand<TFloat32> input) {
        if (normalization == Normalization.NONE) {
            return input;
        }
        // tf.image.per_image_standardization: (x - mean) / max(stddev, 1 / sqrt(values averaged)),
        // over all values of an image, or over each channel of an image separately
        boolean perChannel = normalization == Normalization.PER_CHANNEL_STANDARDIZATION;
        Ops scope = ops.withSubScope("standardize");
        boolean gray = normalization == Normalization.GRAY_STANDARDIZATION
                || normalization == Normalization.GRAY_LOCAL_CONTRAST;
        if (gray) {
            input = luminance(scope, input);
        }
        var imageAxes = scope.constant(perChannel ? new int[] {1, 2} : new int[] {1, 2, 3});
        var mean = scope.math.mean(input, imageAxes, org.tensorflow.op.math.Mean.keepDims(true));
        var centered = scope.math.sub(input, mean);
        var variance = scope.math.mean(scope.math.square(centered), imageAxes, org.tensorflow.op.math.Mean.keepDims(true));
        double valuesAveraged = (double) height * width * (perChannel ? 1 : 3);
        var minStd = scope.constant((float) (1 / Math.sqrt(valuesAveraged)));
        Operand<TFloat32> standardized = scope.math.div(centered, scope.math.maximum(scope.math.sqrt(variance), minStd));
        return normalization == Normalization.GRAY_LOCAL_CONTRAST ? localContrast(scope, standardized) : standardized;
    }

    /** The side of the neighbourhood of {@link Normalization#GRAY_LOCAL_CONTRAST}. */
    private static final int LOCAL_WINDOW = 5;

    /**
     * Divisive local contrast normalisation of a standardised picture: each value minus the mean
     * of its {@value #LOCAL_WINDOW}x{@value #LOCAL_WINDOW} neighbourhood, divided by
     * {@code sqrt(local variance + 1)}, so that shading across the picture is gone and edges keep
     * a similar strength under soft and hard light, while flat, noisy parts are not amplified.
     * On a polar input the neighbourhoods wrap around the width, so turning the coin only shifts
     * the result's columns.
     */
    private Operand<TFloat32> localContrast(Ops scope, Operand<TFloat32> x) {
        var localMean = localAverage(scope, x);
        var centered = scope.math.sub(x, localMean);
        var localVariance = localAverage(scope, scope.math.square(centered));
        return scope.math.div(centered, scope.math.sqrt(scope.math.add(localVariance, scope.constant(1f))));
    }

    /**
     * The mean over each value's {@value #LOCAL_WINDOW}x{@value #LOCAL_WINDOW} neighbourhood
     * (SAME padding: over the values inside the picture). With a cyclic width, the picture is
     * first extended by its last columns on the left and its first columns on the right, pooled,
     * and cut back to its width, so that the first column's neighbourhood continues from the last.
     */
    private Operand<TFloat32> localAverage(Ops scope, Operand<TFloat32> x) {
        var window = List.of(1L, (long) LOCAL_WINDOW, (long) LOCAL_WINDOW, 1L);
        var strides = List.of(1L, 1L, 1L, 1L);
        if (!cyclicWidth) {
            return scope.nn.avgPool(x, window, strides, "SAME");
        }
        int half = LOCAL_WINDOW / 2;
        var left = scope.slice(x, scope.constant(new int[] {0, 0, width - half, 0}),
                scope.constant(new int[] {-1, -1, half, -1}));
        var right = scope.slice(x, scope.constant(new int[] {0, 0, 0, 0}), scope.constant(new int[] {-1, -1, half, -1}));
        var wrapped = scope.concat(List.of(left, x, right), scope.constant(2));
        var pooled = scope.nn.avgPool(wrapped, window, strides, "SAME");
        return scope.slice(pooled, scope.constant(new int[] {0, 0, half, 0}),
                scope.constant(new int[] {-1, -1, width, -1}));
    }

    /**
     * {@code x} padded for a stride-1 convolution of a {@code kernel x kernel} window as SAME
     * padding would, except that the columns added on the left are the rightmost ones and those on
     * the right the leftmost: the width is a circle. The height gets zeros.
     */
    private static Operand<TFloat32> padCyclicWidth(Ops scope, Operand<TFloat32> x, int kernel, TensorShape in) {
        int before = (kernel - 1) / 2;
        int after = kernel - 1 - before;
        Operand<TFloat32> wrapped = x;
        if (kernel > 1) {
            int w = in.width();
            var left = scope.slice(x, scope.constant(new int[] {0, 0, w - before, 0}),
                    scope.constant(new int[] {-1, -1, before, -1}));
            var right = scope.slice(x, scope.constant(new int[] {0, 0, 0, 0}),
                    scope.constant(new int[] {-1, -1, after, -1}));
            wrapped = scope.concat(List.of(left, x, right), scope.constant(2));
        }
        return scope.pad(wrapped, scope.constant(new int[][] {{0, 0}, {before, after}, {0, 0}, {0, 0}}),
                scope.constant(0f));
    }

    /**
     * A max pool whose window and strides are attributes: TensorFlow's {@code MaxPool}, which
     * oneDNN runs and differentiates ({@code _MklNativeMaxPool}, {@code _MklNativeMaxPoolGrad}),
     * rather than the {@code MaxPoolV2} that {@code Ops.nn.maxPool} builds (window and strides as
     * tensors), which runs on Eigen: its gradient alone took 9% of a training step.
     */
    static Operand<TFloat32> maxPool(Ops scope, Operand<TFloat32> x, int size, int stride, String padding) {
        OperationBuilder builder = scope.scope().opBuilder("MaxPool", "MaxPool");
        builder.addInput(x.asOutput());
        builder.setAttr("ksize", new long[] {1, size, size, 1});
        builder.setAttr("strides", new long[] {1, stride, stride, 1});
        builder.setAttr("padding", padding);
        return builder.build().output(0);
    }

    /** ITU-R BT.601 luminance of each pixel, copied to the three channels: colour dropped, shape kept. */
    private static Operand<TFloat32> luminance(Ops scope, Operand<TFloat32> rgb) {
        var weights = scope.constant(new float[] {Luminance.RED, Luminance.GREEN, Luminance.BLUE});
        var gray = scope.reduceSum(scope.math.mul(rgb, weights), scope.constant(new int[] {3}),
                org.tensorflow.op.core.ReduceSum.keepDims(true));
        return scope.math.mul(gray, scope.constant(new float[] {1, 1, 1}));
    }

    private Operand<TFloat32> apply(Ops scope, Layer layer, List<Parameter> params, Operand<TFloat32> x, Mode mode,
                                    Operand<TInt64> dropoutSeed, int index, List<Op> updates) {
        if (layer instanceof Conv2D c) {
            long s = c.stride();
            Operand<TFloat32> conv = c.padding() == Padding.CYCLIC_WIDTH
                    ? scope.nn.conv2d(padCyclicWidth(scope, x, c.kernelSize(), inputShapeOf(index)),
                            params.get(0).variable(), List.of(1L, 1L, 1L, 1L), "VALID")
                    : scope.nn.conv2d(x, params.get(0).variable(), List.of(1L, s, s, 1L), c.padding().name());
            return activate(scope, scope.nn.biasAdd(conv, params.get(1).variable()), c.activation());
        }
        if (layer instanceof MaxPool p) {
            return maxPool(scope, x, p.poolSize(), p.stride(), p.padding().name());
        }
        if (layer instanceof Flatten) {
            TensorShape in = inputShapeOf(index);
            return scope.reshape(x, scope.constant(new long[] {-1, in.size()}));
        }
        if (layer instanceof GlobalAveragePooling) {
            return scope.math.mean(x, scope.constant(new int[] {1, 2}));
        }
        if (layer instanceof Dense d) {
            return activate(scope, scope.nn.biasAdd(scope.linalg.matMul(x, params.get(0).variable()), params.get(1).variable()),
                    d.activation());
        }
        if (layer instanceof Dropout d) {
            if (mode == Mode.INFERENCE || d.rate() == 0) {
                return x;
            }
            // keep a value with probability 1 - rate: floor(U[0,1) + 1 - rate) is 1 or 0
            var layerSeed = scope.math.add(dropoutSeed, scope.constant(new long[] {0, 1_000_003L * (index + 1)}));
            var uniform = scope.random.statelessRandomUniform(scope.shape(x), layerSeed, TFloat32.class);
            float keep = (float) (1 - d.rate());
            var mask = scope.math.floor(scope.math.add(uniform, scope.constant(keep)));
            return scope.math.mul(x, scope.math.mul(mask, scope.constant(1 / keep)));
        }
        if (layer instanceof BatchNorm b) {
            return batchNorm(scope, b, params, x, mode, index, updates);
        }
        if (layer instanceof InstanceNorm n) {
            return instanceNorm(scope, n, params, x);
        }
        throw new IllegalArgumentException("unsupported layer " + layer);
    }

    private Operand<TFloat32> batchNorm(Ops scope, BatchNorm b, List<Parameter> params, Operand<TFloat32> x, Mode mode,
                                        int index, List<Op> updates) {
        Variable<TFloat32> gamma = params.get(0).variable();
        Variable<TFloat32> beta = params.get(1).variable();
        Variable<TFloat32> movingMean = params.get(2).variable();
        Variable<TFloat32> movingVariance = params.get(3).variable();
        var epsilon = scope.constant((float) b.epsilon());
        Operand<TFloat32> mean;
        Operand<TFloat32> variance;
        if (mode == Mode.TRAINING) {
            var axes = scope.constant(inputShapeOf(index).isFlat() ? new int[] {0} : new int[] {0, 1, 2});
            mean = scope.math.mean(x, axes);
            variance = scope.math.mean(scope.math.square(scope.math.sub(x, mean)), axes);
            var momentum = scope.constant((float) b.momentum());
            var rest = scope.constant((float) (1 - b.momentum()));
            updates.add(scope.assign(movingMean, scope.math.add(scope.math.mul(movingMean, momentum),
                    scope.math.mul(scope.stopGradient(mean), rest))));
            updates.add(scope.assign(movingVariance, scope.math.add(scope.math.mul(movingVariance, momentum),
                    scope.math.mul(scope.stopGradient(variance), rest))));
        } else {
            mean = movingMean;
            variance = movingVariance;
        }
        var scale = scope.math.mul(gamma, scope.math.rsqrt(scope.math.add(variance, epsilon)));
        return scope.math.add(scope.math.mul(scope.math.sub(x, mean), scale), beta);
    }

    /** Each image's channels normalised over their own pixels, the same in training and inference. */
    private static Operand<TFloat32> instanceNorm(Ops scope, InstanceNorm n, List<Parameter> params, Operand<TFloat32> x) {
        var pixelAxes = scope.constant(new int[] {1, 2});
        var mean = scope.math.mean(x, pixelAxes, org.tensorflow.op.math.Mean.keepDims(true));
        var centered = scope.math.sub(x, mean);
        var variance = scope.math.mean(scope.math.square(centered), pixelAxes, org.tensorflow.op.math.Mean.keepDims(true));
        var scale = scope.math.mul(params.get(0).variable(),
                scope.math.rsqrt(scope.math.add(variance, scope.constant((float) n.epsilon()))));
        return scope.math.add(scope.math.mul(centered, scale), params.get(1).variable());
    }

    private static Operand<TFloat32> activate(Ops scope, Operand<TFloat32> x, Activation activation) {
        return switch (activation) {
            case RELU -> scope.nn.relu(x);
            case LINEAR -> x;
        };
    }

    /** The input shape of body layer {@code index} for one image. */
    private TensorShape inputShapeOf(int index) {
        return index == 0 ? TensorShape.image(height, width, 3) : architecture.outputShapes(height, width, 3).get(index - 1);
    }

    private List<Parameter> createParameters(String scope, Layer layer, TensorShape in) {
        Ops ops = tf.withSubScope(scope);
        if (layer instanceof Conv2D c) {
            return List.of(
                    parameter(ops, scope + "/kernel", new long[] {c.kernelSize(), c.kernelSize(), in.channels(), c.filters()},
                            true, Parameter.Initial.GLOROT_UNIFORM),
                    parameter(ops, scope + "/bias", new long[] {c.filters()}, true, Parameter.Initial.ZEROS));
        }
        if (layer instanceof Dense d) {
            return List.of(
                    parameter(ops, scope + "/kernel", new long[] {in.size(), d.units()}, true, Parameter.Initial.GLOROT_UNIFORM),
                    parameter(ops, scope + "/bias", new long[] {d.units()}, true, Parameter.Initial.ZEROS));
        }
        if (layer instanceof BatchNorm) {
            long[] channels = {in.channels()};
            return List.of(
                    parameter(ops, scope + "/gamma", channels, true, Parameter.Initial.ONES),
                    parameter(ops, scope + "/beta", channels, true, Parameter.Initial.ZEROS),
                    parameter(ops, scope + "/moving_mean", channels, false, Parameter.Initial.ZEROS),
                    parameter(ops, scope + "/moving_variance", channels, false, Parameter.Initial.ONES));
        }
        if (layer instanceof InstanceNorm) {
            long[] channels = {in.channels()};
            return List.of(
                    parameter(ops, scope + "/gamma", channels, true, Parameter.Initial.ONES),
                    parameter(ops, scope + "/beta", channels, true, Parameter.Initial.ZEROS));
        }
        return List.of();
    }

    private Parameter parameter(Ops scope, String name, long[] shape, boolean trainable, Parameter.Initial initial) {
        String local = name.substring(name.lastIndexOf('/') + 1);
        Variable<TFloat32> variable = scope.withName(local).variable(Shape.of(shape), TFloat32.class);
        Placeholder<TFloat32> value = scope.withName(local + "_value")
                .placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape)));
        Parameter p = new Parameter(name, shape, trainable, initial, variable, value,
                scope.withName(local + "_assign").assign(variable, value));
        parameters.add(p);
        return p;
    }

    private static String scopeName(int index, Layer layer) {
        String type = layer.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        return "layer" + (index + 1) + "_" + type;
    }
}
