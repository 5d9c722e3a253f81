package dev.coinid.model.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A host copy of a network's variables (weights, biases, batch-norm statistics), in the order
 * the engine created them: what early stopping keeps for the best epoch, and what a training
 * engine hands to an inference engine.
 *
 * @param arrays one entry per variable
 */
public record Weights(List<Array> arrays) {

    public Weights {
        arrays = List.copyOf(arrays);
    }

    /**
     * One variable's values.
     *
     * @param name the variable's name in the graph, for messages
     * @param shape its shape
     * @param values its values, row-major
     */
    public record Array(String name, long[] shape, float[] values) {

        public Array {
            Objects.requireNonNull(name, "name");
            long size = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            if (size != values.length) {
                throw new IllegalArgumentException(name + ": shape " + Arrays.toString(shape) + " needs " + size
                        + " values, got " + values.length);
            }
        }
    }

    /** Total number of values. */
    public long size() {
        return arrays.stream().mapToLong(a -> a.values().length).sum();
    }
}
