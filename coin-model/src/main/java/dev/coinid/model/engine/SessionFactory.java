package dev.coinid.model.engine;

import dev.coinid.model.recipe.Precision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;

import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens TensorFlow sessions configured for speed (intra-op threads = cores, oneDNN on, soft
 * placement so the same graph runs on a GPU when TensorFlow finds one, and in bfloat16 through
 * oneDNN's automatic mixed precision rewrite when asked) and reports, once per process, which
 * devices a traced run used.
 */
final class SessionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFactory.class);
    private static final AtomicBoolean DEVICES_LOGGED = new AtomicBoolean();

    private SessionFactory() {
    }

    /**
     * The session options for {@code threads} intra-op threads computing in {@code precision}:
     * for {@link Precision#BFLOAT16}, Grappler's oneDNN bfloat16 rewrite is switched on (it casts
     * the inputs of convolutions, pooling, matrix products and the element-wise ops between them to
     * bfloat16 and their outputs back where a float32 op follows; the graph itself stays float32).
     */
    static ConfigProto config(int threads, Precision precision) {
        ConfigProto.Builder config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(threads)
                .setAllowSoftPlacement(true);
        if (precision == Precision.BFLOAT16) {
            config.setGraphOptions(GraphOptions.newBuilder().setRewriteOptions(RewriterConfig.newBuilder()
                    .setAutoMixedPrecisionOnednnBfloat16(RewriterConfig.Toggle.ON)));
        }
        return config.build();
    }

    static Session open(Graph graph, int threads, Precision precision) {
        return new Session(graph, config(threads, precision));
    }

    /** Options that trace a run, so its metadata lists the devices it ran on. */
    static RunOptions tracing() {
        return RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.SOFTWARE_TRACE).build();
    }

    /** Options that trace a run fully: every op's start, duration, output shapes and types in the metadata. */
    static RunOptions fullTracing() {
        return RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build();
    }

    /** True until the devices have been logged once in this process. */
    static boolean shouldLogDevices() {
        return !DEVICES_LOGGED.get();
    }

    /** Logs the devices listed in a traced run's metadata (once per process). */
    static void logDevices(RunMetadata metadata, String what) {
        if (!DEVICES_LOGGED.compareAndSet(false, true)) {
            return;
        }
        TreeSet<String> devices = new TreeSet<>();
        for (DeviceStepStats stats : metadata.getStepStats().getDevStatsList()) {
            devices.add(stats.getDevice());
        }
        LOG.info("TensorFlow {} runs {} on {}", TensorFlow.version(), what, devices.isEmpty() ? "(no trace)" : devices);
    }
}
