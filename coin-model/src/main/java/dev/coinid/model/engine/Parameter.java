package dev.coinid.model.engine;

import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * One variable of a network, with the placeholder and assign op that overwrite it from the
 * host, and how its first value is drawn.
 *
 * @param name a stable name, for example {@code layer1_conv2d/kernel}
 * @param shape its shape
 * @param trainable whether the optimizer updates it (false for batch-norm moving averages)
 * @param initial how its first value is drawn
 * @param variable the graph variable
 * @param value the placeholder fed with new values
 * @param assign the op that copies {@code value} into {@code variable}
 */
record Parameter(String name, long[] shape, boolean trainable, Initial initial, Variable<TFloat32> variable,
                 Placeholder<TFloat32> value, Assign<TFloat32> assign) {

    /** How a parameter's first value is drawn. */
    enum Initial {
        /** Glorot (Xavier) uniform, as Keras' default kernel initializer. */
        GLOROT_UNIFORM,
        ZEROS,
        ONES
    }

    /** The number of values. */
    int size() {
        long size = 1;
        for (long d : shape) {
            size *= d;
        }
        return Math.toIntExact(size);
    }

    /** Inputs feeding each output: all dimensions but the last (Keras' fan-in for kernels). */
    long fanIn() {
        long fan = 1;
        for (int i = 0; i < shape.length - 1; i++) {
            fan *= shape[i];
        }
        return fan;
    }

    /** Outputs fed by each input: the receptive field times the last dimension (Keras' fan-out). */
    long fanOut() {
        long receptiveField = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            receptiveField *= shape[i];
        }
        return receptiveField * shape[shape.length - 1];
    }
}
