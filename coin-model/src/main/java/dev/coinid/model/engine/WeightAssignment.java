package dev.coinid.model.engine;

import org.tensorflow.Session;
import org.tensorflow.types.TFloat32;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Copies host {@link Weights} into a session's variables, checking names and shapes first. */
final class WeightAssignment {

    private WeightAssignment() {
    }

    static void assign(Session session, List<Parameter> parameters, Weights weights) {
        if (weights.arrays().size() != parameters.size()) {
            throw new IllegalArgumentException("weights hold " + weights.arrays().size() + " arrays, the network has "
                    + parameters.size() + " variables");
        }
        List<TFloat32> tensors = new ArrayList<>(parameters.size());
        try {
            Session.Runner runner = session.runner();
            for (int i = 0; i < parameters.size(); i++) {
                Parameter p = parameters.get(i);
                Weights.Array a = weights.arrays().get(i);
                if (!p.name().equals(a.name()) || !Arrays.equals(p.shape(), a.shape())) {
                    throw new IllegalArgumentException("weights do not fit this network: variable " + i + " is "
                            + p.name() + Arrays.toString(p.shape()) + ", weights hold " + a.name() + Arrays.toString(a.shape()));
                }
                TFloat32 tensor = HostTensors.of(a.shape(), a.values());
                tensors.add(tensor);
                runner.feed(p.value(), tensor).addTarget(p.assign());
            }
            runner.run().close();
        } finally {
            tensors.forEach(TFloat32::close);
        }
    }
}
