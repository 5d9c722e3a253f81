package dev.coinid.bench.network;

import dev.coinid.bench.AverageTimeBenchmark;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.ScratchDirectory;
import dev.coinid.bench.SyntheticBatch;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.TrainingEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

import java.util.Map;

/**
 * The forward pass of {@link ForwardPassBenchmark} (batch 32) with one lever changed at a time,
 * to show which levers would pay: the same exported graph fed an input tensor made once instead
 * of a fresh copy of the Java buffer per call, with TensorFlow's shared inter-op pool and with a
 * session-own pool of one inter-op thread (the CNN is a chain: its ops cannot run side by side);
 * and the training engine's graph instead of the lean inference graph.
 *
 * <p>TensorFlow sizes its process-wide intra-op pool (and the shared inter-op pool) from the first
 * session a process opens and ignores later sessions' sizes, so the intra-op lever runs in a JVM
 * of its own: {@link SingleIntraOpThreadBenchmark}.
 */
public class ForwardLeversBenchmark extends AverageTimeBenchmark {

    /** Images per forward pass. */
    @Param({"32"})
    public int batch;

    private TrainingEngine training;
    private ScratchDirectory scratch;
    private SavedModelBundle bundle;
    private SessionFunction serving;
    private SavedModelBundle sequentialBundle;
    private SessionFunction sequentialServing;
    private TFloat32 input;
    private SyntheticBatch images;

    @Setup(Level.Trial)
    public void buildNetworks() {
        training = BenchmarkedNetwork.seed().trainingEngine();
        scratch = ScratchDirectory.create("coinid-bench-model");
        try (InferenceEngine lean = training.toInference()) {
            lean.exportSavedModel(scratch.resolve("model"));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        bundle = load(ConfigProto.newBuilder().setIntraOpParallelismThreads(cores).setAllowSoftPlacement(true).build());
        serving = bundle.function(Signature.DEFAULT_KEY);
        sequentialBundle = load(ConfigProto.newBuilder().setIntraOpParallelismThreads(cores)
                .setUsePerSessionThreads(true).setInterOpParallelismThreads(1).setAllowSoftPlacement(true).build());
        sequentialServing = sequentialBundle.function(Signature.DEFAULT_KEY);
        images = SyntheticBatch.forNetwork(BenchmarkedNetwork.seed(), batch, 7);
        int size = BenchmarkedNetwork.seed().preprocessing().width();
        input = TFloat32.tensorOf(Shape.of(batch, size, size, 3), DataBuffers.of(images.nhwc().duplicate()));
    }

    /** The exported inference graph, fed an input tensor made once (no Java-to-native copy per call). */
    @Benchmark
    public long reusedInputTensor() {
        try (Result result = serving.call(Map.of(InferenceEngine.INPUT, input))) {
            return result.get(0).shape().size();
        }
    }

    /** As {@link #reusedInputTensor}, in a session with its own inter-op pool of one thread. */
    @Benchmark
    public long reusedInputTensorOneInterOpThread() {
        try (Result result = sequentialServing.call(Map.of(InferenceEngine.INPUT, input))) {
            return result.get(0).shape().size();
        }
    }

    /** The training engine's forward pass in inference mode (its graph also holds loss, gradients and Adam). */
    @Benchmark
    public float[] trainingGraph() {
        return training.forward(images.nhwc(), batch);
    }

    private SavedModelBundle load(ConfigProto config) {
        return SavedModelBundle.loader(scratch.resolve("model").toString())
                .withTags(SavedModelBundle.DEFAULT_TAG)
                .withConfigProto(config)
                .load();
    }

    @TearDown(Level.Trial)
    public void close() {
        input.close();
        bundle.close();
        sequentialBundle.close();
        training.close();
        scratch.close();
    }
}
