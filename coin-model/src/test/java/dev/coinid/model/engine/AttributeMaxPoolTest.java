package dev.coinid.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * The network's max pool (TensorFlow's attribute {@code MaxPool}, which oneDNN runs) gives the
 * values and the gradients of the {@code MaxPoolV2} that {@code Ops.nn.maxPool} builds, also where
 * a window holds ties (ReLU zeros after instance normalisation).
 */
class AttributeMaxPoolTest {

    @Test
    void valuesAndGradientsEqualThoseOfMaxPoolV2() {
        SplittableRandom random = new SplittableRandom(4);
        float[] values = new float[2 * 8 * 16 * 4];
        for (int i = 0; i < values.length; i++) {
            // a third of the values tie at the same level, as ReLU zeros do after instance norm
            values[i] = random.nextInt(3) == 0 ? -0.5f : (float) random.nextGaussian();
        }
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Placeholder<TFloat32> x = tf.placeholder(TFloat32.class);
            Operand<TFloat32> attribute = NetworkGraph.maxPool(tf, x, 2, 2, "VALID");
            Operand<TFloat32> v2 = tf.nn.maxPool(x, tf.constant(new int[] {1, 2, 2, 1}), tf.constant(new int[] {1, 2, 2, 1}),
                    "VALID");
            // a weighted sum, so that each pooled value's gradient differs
            var weights = tf.constant(weights(2 * 4 * 8 * 4));
            var lossA = tf.reduceSum(tf.math.mul(tf.reshape(attribute, tf.constant(new int[] {-1})), weights), tf.constant(0));
            var lossB = tf.reduceSum(tf.math.mul(tf.reshape(v2, tf.constant(new int[] {-1})), weights), tf.constant(0));
            var gradA = tf.gradients(lossA, java.util.List.of(x)).dy(0);
            var gradB = tf.gradients(lossB, java.util.List.of(x)).dy(0);
            try (Session session = new Session(graph);
                 TFloat32 input = HostTensors.of(new long[] {2, 8, 16, 4}, values);
                 Result result = session.runner().feed(x, input).fetch(attribute).fetch(v2).fetch(gradA).fetch(gradB).run()) {
                assertThat(HostTensors.values(result.get(0))).containsExactly(HostTensors.values(result.get(1)));
                assertThat(HostTensors.values(result.get(2))).containsExactly(HostTensors.values(result.get(3)));
            }
        }
    }

    private static float[] weights(int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 + i;
        }
        return w;
    }
}
