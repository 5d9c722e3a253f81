package dev.coinid.model.engine;

import java.nio.FloatBuffer;

/**
 * How far apart an engine's class probabilities for two pictures are: what the tests of a
 * network's invariances (to shading, colour casts, turning the coin) measure.
 */
final class ForwardDifference {

    private ForwardDifference() {
    }

    /** The summed absolute difference, class by class, of {@code engine}'s probabilities for {@code a} and {@code b}. */
    static double between(TrainingEngine engine, float[] a, float[] b) {
        float[] p = engine.forward(FloatBuffer.wrap(a), 1);
        float[] q = engine.forward(FloatBuffer.wrap(b), 1);
        double difference = 0;
        for (int c = 0; c < p.length; c++) {
            difference += Math.abs(p[c] - q[c]);
        }
        return difference;
    }
}
