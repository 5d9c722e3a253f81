package dev.coinid.bench.djl;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The peer's forward pass as DJL's documentation writes it: a {@link Predictor} with a
 * {@link NoopTranslator}, each batch copied from a Java array into a fresh NDArray of a fresh
 * manager, PyTorch's default threads. Same network, input and batch as coinid's
 * {@code ForwardPassBenchmark}.
 */
public class DjlForwardAsShippedBenchmark extends DjlBenchmark {

    /** Images per forward pass. */
    @Param({"1", "32", "128"})
    public int batch;

    private Predictor<NDList, NDList> predictor;
    private float[] nchw;

    @Setup(Level.Trial)
    public void buildNetwork() {
        startAsShipped();
        predictor = model.newPredictor(new NoopTranslator());
        nchw = nchw(images(batch, 7));
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
