package dev.coinid.model;

import java.nio.FloatBuffer;

/** A forward pass over a batch of rescaled NHWC images: a training or an inference engine. */
@FunctionalInterface
interface BatchForward {

    /** Softmax outputs ({@code n x classes}, row-major) for {@code n} images at the buffer's position. */
    float[] forward(FloatBuffer nhwc, int n);
}
