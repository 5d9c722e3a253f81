package dev.coinid.bench.djl;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Starts DJL's PyTorch engine in this JVM, offline, either with PyTorch's own thread defaults
 * (as shipped) or with intra-op and inter-op threads set to the core count through DJL's system
 * properties {@code ai.djl.pytorch.num_threads} and {@code ai.djl.pytorch.num_interop_threads},
 * which the engine reads once, when it starts.
 */
final class PyTorchThreads {

    private PyTorchThreads() {
    }

    /** Starts the engine with PyTorch's defaults. */
    static void startAsShipped() {
        System.setProperty("ai.djl.offline", "true");
        Engine.getEngine("PyTorch");
        System.out.println("DJL as shipped: " + describe());
    }

    /** Starts the engine with every thread pool as large as the machine has cores. */
    static void startWithAllCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(cores));
        System.setProperty("ai.djl.pytorch.num_interop_threads", String.valueOf(cores));
        Engine.getEngine("PyTorch");
        if (JniUtils.getNumThreads() != cores) {
            // the engine had started before (benchmarks run in one JVM): set what can still be set
            JniUtils.setNumThreads(cores);
        }
        System.out.println("DJL tuned: " + describe());
    }

    private static String describe() {
        return "PyTorch " + Engine.getEngine("PyTorch").getVersion() + ", intra-op threads "
                + JniUtils.getNumThreads() + ", inter-op threads " + JniUtils.getNumInteropThreads();
    }
}
