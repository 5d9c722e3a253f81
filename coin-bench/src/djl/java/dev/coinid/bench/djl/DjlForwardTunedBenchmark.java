package dev.coinid.bench.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.FloatBuffer;

/**
 * The peer's forward pass tuned as a competent DJL user would: PyTorch threads = cores (DJL's
 * system properties) and passive OpenMP waiting (see {@link PyTorchSettings}), one input
 * NDArray made once and refilled from a direct buffer each batch, the block called directly in
 * inference mode with gradients off (DJL's default outside a gradient collector), and each
 * batch's intermediates freed by a scoped sub-manager.
 */
public class DjlForwardTunedBenchmark extends DjlBenchmark {

    /** Images per forward pass. */
    @Param({"1", "32", "128"})
    public int batch;

    private Block block;
    private ParameterStore parameters;
    private NDManager inputs;
    private NDArray input;
    private FloatBuffer nchw;

    @Setup(Level.Trial)
    public void buildNetwork() {
        startTuned();
        block = model.getBlock();
        parameters = new ParameterStore(model.getNDManager(), false);
        inputs = model.getNDManager().newSubManager();
        input = inputs.create(DjlSeedCnn.inputShape(batch));
        nchw = NchwImages.direct(nchw(images(batch, 7)));
    }

    @Benchmark
    public float[] forward() {
        input.set(nchw.duplicate());
        try (NDManager scope = inputs.newSubManager()) {
            input.tempAttach(scope);
            NDList output = block.forward(parameters, new NDList(input), false);
            return output.singletonOrThrow().softmax(1).toFloatArray();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        inputs.close();
        model.close();
    }
}
