package dev.coinid.bench.djl;

import dev.coinid.bench.SyntheticBatch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * The same pictures coinid reads, laid out as PyTorch reads them: channel planes (NCHW) instead
 * of interleaved pixels (NHWC). Converted once in a benchmark's setup, as a data pipeline
 * feeding PyTorch would produce them.
 */
final class NchwImages {

    private NchwImages() {
    }

    /** The batch's values in NCHW order, on the Java heap. */
    static float[] of(SyntheticBatch batch, int size) {
        FloatBuffer nhwc = batch.nhwc();
        int n = batch.size();
        int plane = size * size;
        float[] nchw = new float[n * 3 * plane];
        for (int image = 0; image < n; image++) {
            int base = image * 3 * plane;
            for (int pixel = 0; pixel < plane; pixel++) {
                for (int c = 0; c < 3; c++) {
                    nchw[base + c * plane + pixel] = nhwc.get(nhwc.position() + base + pixel * 3 + c);
                }
            }
        }
        return nchw;
    }

    /** The values in a native-order direct buffer, which DJL copies into a tensor without an intermediate copy. */
    static FloatBuffer direct(float[] values) {
        FloatBuffer buffer = ByteBuffer.allocateDirect(values.length * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        buffer.put(values).flip();
        return buffer;
    }
}
