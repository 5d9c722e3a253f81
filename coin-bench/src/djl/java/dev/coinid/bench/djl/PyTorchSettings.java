package dev.coinid.bench.djl;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Starts DJL's PyTorch engine in this JVM, offline, either as shipped (PyTorch's own thread
 * defaults) or tuned: intra-op and inter-op threads = cores through DJL's system properties
 * {@code ai.djl.pytorch.num_threads} / {@code ai.djl.pytorch.num_interop_threads}, and OpenMP
 * worker threads that sleep instead of spinning while they wait ({@code OMP_WAIT_POLICY=PASSIVE}).
 * The engine reads all of these once, when it starts, so each benchmark class starts it in its
 * own forked JVM.
 *
 * <p>Why the wait policy: PyTorch's CPU build runs its kernels on OpenMP, whose threads spin
 * between parallel regions. On a machine whose cores are busy with other work, the spinning
 * threads burn the time slices the computing threads need; on this project's 2 shared cores that
 * made a batch-1 forward pass 10 to 100 times slower. A user who deploys DJL on a shared machine
 * sets this variable; DJL offers no property for it, so the tuned run sets it in its own process
 * through libc's {@code setenv} before PyTorch's OpenMP runtime loads.
 */
final class PyTorchSettings {

    private PyTorchSettings() {
    }

    /** Starts the engine with PyTorch's defaults. */
    static void startAsShipped() {
        System.setProperty("ai.djl.offline", "true");
        Engine.getEngine("PyTorch");
        System.out.println("DJL as shipped: " + describe());
    }

    /** Starts the engine with every thread pool as large as the machine has cores and passive OpenMP waiting. */
    static void startTuned() {
        int cores = Runtime.getRuntime().availableProcessors();
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", String.valueOf(cores));
        System.setProperty("ai.djl.pytorch.num_interop_threads", String.valueOf(cores));
        ProcessEnvironment.LIBC.setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
        Engine.getEngine("PyTorch");
        if (JniUtils.getNumThreads() != cores) {
            // the engine had started before (benchmarks run in one JVM): set what can still be set
            JniUtils.setNumThreads(cores);
        }
        System.out.println("DJL tuned: " + describe() + ", OMP_WAIT_POLICY=PASSIVE");
    }

    private static String describe() {
        return "PyTorch " + Engine.getEngine("PyTorch").getVersion() + ", intra-op threads "
                + JniUtils.getNumThreads() + ", inter-op threads " + JniUtils.getNumInteropThreads();
    }

    /** The C library's environment functions, through JNA (a dependency of DJL). */
    interface ProcessEnvironment extends Library {
        ProcessEnvironment LIBC = Native.load("c", ProcessEnvironment.class);

        /** POSIX {@code setenv}: sets a variable of this process's environment. */
        int setenv(String name, String value, int overwrite);
    }
}
