package dev.coinid.model.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.TensorFlow;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;

import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens TensorFlow sessions configured for speed (intra-op threads = cores, oneDNN on, soft
 * placement so the same graph runs on a GPU when TensorFlow finds one) and reports, once per
 * process, which devices a traced run used.
 */
final class SessionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFactory.class);
    private static final AtomicBoolean DEVICES_LOGGED = new AtomicBoolean();

    private SessionFactory() {
    }

    /** The session options for {@code threads} intra-op threads. */
    static ConfigProto config(int threads) {
        return ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(threads)
                .setAllowSoftPlacement(true)
                .build();
    }

    static Session open(Graph graph, int threads) {
        return new Session(graph, config(threads));
    }

    /** Options that trace a run, so its metadata lists the devices it ran on. */
    static RunOptions tracing() {
        return RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.SOFTWARE_TRACE).build();
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
