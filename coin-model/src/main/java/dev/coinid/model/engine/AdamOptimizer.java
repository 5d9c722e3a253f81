package dev.coinid.model.engine;

import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma and Ba) as Keras runs it (beta1 0.9, beta2 0.999, epsilon 1e-7), built on
 * TensorFlow's fused {@code ApplyAdam} op over exactly the trainable parameters it is given, so
 * batch-norm moving averages are never trained. Every update waits for every gradient, so a
 * step reads one consistent set of weights. The step count lives in Java: the bias-correction
 * powers and the learning rate are fed with each step.
 */
final class AdamOptimizer {

    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;
    static final float EPSILON = 1e-7f;

    private final Placeholder<TFloat32> learningRate;
    private final Placeholder<TFloat32> beta1Power;
    private final Placeholder<TFloat32> beta2Power;
    private final List<Op> updates = new ArrayList<>();
    private final List<Variable<TFloat32>> slots = new ArrayList<>();
    private long step;

    AdamOptimizer(Ops tf, Operand<TFloat32> loss, List<Parameter> trainable) {
        Ops adam = tf.withSubScope("adam");
        learningRate = adam.withName("learning_rate").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        beta1Power = adam.withName("beta1_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        beta2Power = adam.withName("beta2_power").placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
        List<Operand<?>> variables = new ArrayList<>();
        trainable.forEach(p -> variables.add(p.variable()));
        Gradients gradients = adam.gradients(loss, variables);
        List<Op> allGradients = new ArrayList<>();
        List<Operand<TFloat32>> grads = new ArrayList<>();
        for (int i = 0; i < trainable.size(); i++) {
            var grad = adam.identity(gradients.<TFloat32>dy(i));
            allGradients.add(grad);
            grads.add(grad);
        }
        Ops afterGradients = adam.withControlDependencies(allGradients);
        var beta1 = adam.constant(BETA1);
        var beta2 = adam.constant(BETA2);
        var epsilon = adam.constant(EPSILON);
        for (int i = 0; i < trainable.size(); i++) {
            Parameter p = trainable.get(i);
            Ops slotScope = adam.withSubScope(p.name().replace('/', '_'));
            var zeros = slotScope.zeros(slotScope.constant(p.shape()), TFloat32.class);
            Variable<TFloat32> m = slotScope.withName("m").variable(zeros);
            Variable<TFloat32> v = slotScope.withName("v").variable(zeros);
            slots.add(m);
            slots.add(v);
            updates.add(afterGradients.train.applyAdam(p.variable(), m, v, beta1Power, beta2Power, learningRate,
                    beta1, beta2, epsilon, grads.get(i)));
        }
    }

    /** The ops that apply one update; run them with the feeds of {@link #feedNextStep}. */
    List<Op> updates() {
        return updates;
    }

    /** The next step's number, from 1. */
    long nextStep() {
        return step + 1;
    }

    /** Feeds learning rate and bias-correction powers for the next step, and counts it. */
    Session.Runner feedNextStep(Session.Runner runner, float rate, List<AutoCloseable> toClose) {
        step++;
        var lr = TFloat32.scalarOf(rate);
        var b1 = TFloat32.scalarOf((float) Math.pow(BETA1, step));
        var b2 = TFloat32.scalarOf((float) Math.pow(BETA2, step));
        toClose.add(lr);
        toClose.add(b1);
        toClose.add(b2);
        return runner.feed(learningRate, lr).feed(beta1Power, b1).feed(beta2Power, b2);
    }
}
