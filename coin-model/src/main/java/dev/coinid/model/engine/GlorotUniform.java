package dev.coinid.model.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The first weights of a network, drawn in Java so a seed gives the same network on every
 * machine: kernels from Keras' Glorot uniform, U(-l, l) with {@code l = sqrt(6 / (fanIn + fanOut))},
 * biases and offsets 0, batch-norm scales and moving variances 1.
 */
final class GlorotUniform {

    private GlorotUniform() {
    }

    /** The initial weights of {@code parameters}; variable i draws from a stream keyed by (seed, i). */
    static Weights initialWeights(List<Parameter> parameters, long seed) {
        List<Weights.Array> arrays = new ArrayList<>(parameters.size());
        SplittableRandom root = new SplittableRandom(seed);
        for (Parameter p : parameters) {
            SplittableRandom random = root.split();
            float[] values = new float[p.size()];
            switch (p.initial()) {
                case GLOROT_UNIFORM -> {
                    double limit = Math.sqrt(6.0 / (p.fanIn() + p.fanOut()));
                    for (int i = 0; i < values.length; i++) {
                        values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
                    }
                }
                case ONES -> Arrays.fill(values, 1f);
                case ZEROS -> {
                }
            }
            arrays.add(new Weights.Array(p.name(), p.shape().clone(), values));
        }
        return new Weights(arrays);
    }
}
