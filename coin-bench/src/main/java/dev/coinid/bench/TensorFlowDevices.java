package dev.coinid.bench;

import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.RunOptions;

import java.util.List;
import java.util.TreeSet;

/**
 * Which devices TensorFlow computes on in this process, found by tracing one small matmul, so a
 * report never calls a CPU figure a GPU figure.
 */
public final class TensorFlowDevices {

    private final List<String> devices;

    private TensorFlowDevices(List<String> devices) {
        this.devices = devices;
    }

    /** Runs a traced 64x64 matmul and collects the devices its steps ran on. */
    public static TensorFlowDevices probe() {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            var a = tf.random.randomUniform(tf.constant(new long[] {64, 64}), org.tensorflow.types.TFloat32.class);
            var product = tf.linalg.matMul(a, a);
            ConfigProto config = ConfigProto.newBuilder().setAllowSoftPlacement(true).build();
            try (Session session = new Session(graph, config);
                 Result result = session.runner().fetch(product)
                         .setOptions(RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.SOFTWARE_TRACE).build())
                         .runAndFetchMetadata()) {
                TreeSet<String> names = new TreeSet<>();
                result.getMetadata().ifPresent(m -> {
                    for (DeviceStepStats stats : m.getStepStats().getDevStatsList()) {
                        names.add(stats.getDevice());
                    }
                });
                return new TensorFlowDevices(List.copyOf(names));
            }
        }
    }

    /** The devices' full names, e.g. {@code /job:localhost/replica:0/task:0/device:CPU:0}. */
    public List<String> names() {
        return devices;
    }

    /** Whether TensorFlow ran on a GPU. */
    public boolean hasGpu() {
        return devices.stream().anyMatch(d -> d.contains("GPU"));
    }

    /** "GPU" or "CPU": what the network figures of this run measure. */
    public String kind() {
        return hasGpu() ? "GPU" : "CPU";
    }

    @Override
    public String toString() {
        return "TensorFlow " + TensorFlow.version() + " on " + kind() + " " + devices;
    }
}
