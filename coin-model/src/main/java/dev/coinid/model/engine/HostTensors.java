package dev.coinid.model.engine;

import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

import java.nio.FloatBuffer;

/** Copies floats between Java buffers and TensorFlow tensors. The caller closes the tensors. */
final class HostTensors {

    private HostTensors() {
    }

    /**
     * A new {@code [n, height, width, 3]} tensor holding the {@code n * height * width * 3} floats
     * starting at the buffer's position; the buffer itself is left untouched.
     */
    static TFloat32 images(FloatBuffer nhwc, int n, int height, int width) {
        long count = (long) n * height * width * 3;
        if (n < 1) {
            throw new IllegalArgumentException("a batch needs at least one image, got " + n);
        }
        if (nhwc.remaining() < count) {
            throw new IllegalArgumentException("a batch of " + n + " images of " + width + "x" + height + "x3 needs "
                    + count + " floats, the buffer has " + nhwc.remaining() + " from its position");
        }
        FloatBuffer slice = nhwc.duplicate();
        slice.limit(slice.position() + Math.toIntExact(count));
        return TFloat32.tensorOf(Shape.of(n, height, width, 3), DataBuffers.of(slice.slice()));
    }

    /** A new tensor of the given shape holding {@code values}. */
    static TFloat32 of(long[] shape, float[] values) {
        return TFloat32.tensorOf(Shape.of(shape), DataBuffers.of(values, true, false));
    }

    /** The values of a float tensor, row-major. */
    static float[] values(Tensor tensor) {
        TFloat32 floats = (TFloat32) tensor;
        float[] out = new float[Math.toIntExact(floats.shape().size())];
        floats.copyTo(DataBuffers.of(out, false, false));
        return out;
    }
}
