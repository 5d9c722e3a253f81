package dev.coinid.bench.djl;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import dev.coinid.bench.BenchmarkedNetwork;
import dev.coinid.bench.SyntheticBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The peer's forward pass as DJL's documentation writes it: a {@link Predictor} with a
 * {@link NoopTranslator}, each batch copied from a Java array into a fresh NDArray of a fresh
 * manager, PyTorch's default threads. Same network, input and batch as coinid's
 * {@code ForwardPassBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dai.djl.offline=true")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public class DjlForwardAsShippedBenchmark {

    /** Images per forward pass. */
    @Param({"1", "32", "128"})
    public int batch;

    private Model model;
    private Predictor<NDList, NDList> predictor;
    private float[] nchw;

    @Setup(Level.Trial)
    public void buildNetwork() {
        PyTorchSettings.startAsShipped();
        model = DjlSeedCnn.initialisedModel();
        predictor = model.newPredictor(new NoopTranslator());
        nchw = NchwImages.of(SyntheticBatch.forNetwork(BenchmarkedNetwork.seed(), batch, 7), BenchmarkedNetwork.seed().preprocessing().width());
    }

    @Benchmark
    public float[] forward() throws TranslateException {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList output = predictor.predict(new NDList(manager.create(nchw, DjlSeedCnn.inputShape(batch))));
            return output.singletonOrThrow().softmax(1).toFloatArray();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        predictor.close();
        model.close();
    }
}
