package dev.coinid.bench.network;

import dev.coinid.bench.AverageTimeBenchmark;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

import java.util.SplittableRandom;

/**
 * The attainable peak of this machine through TensorFlow: a square float matmul ({@code size} 2048
 * and 3072) in the same kind of session the engines open (intra-op threads = cores),
 * {@link #flops(int)} floating-point operations each. The CNN figures are reported as a percentage
 * of the best of these measurements. {@code BenchmarkSuite} measures the peak twice, at the start
 * of the run and again at its end ({@code moment=end}), so that a moment when other processes held
 * the cores cannot pass for the machine's peak; runs whose measurements disagree are flagged.
 */
public class MatmulPeakBenchmark extends AverageTimeBenchmark {

    /** The parameter value of the measurement taken at the start of a run. */
    public static final String START = "start";
    /** The parameter value of the measurement taken at the end of a run. */
    public static final String END = "end";

    /** The side of both square matrices. */
    @Param({"2048", "3072"})
    public int size;

    /**
     * When in the run the peak was measured: {@value #START} or {@value #END}. It changes nothing in
     * what is measured; it keeps the two measurements of one run apart in the results.
     */
    @Param({START})
    public String moment;

    private Graph graph;
    private Session session;
    private TFloat32 left;
    private TFloat32 right;
    private Placeholder<TFloat32> leftInput;
    private Placeholder<TFloat32> rightInput;
    private Operand<TFloat32> product;

    @Setup(Level.Trial)
    public void buildGraph() {
        graph = new Graph();
        Ops tf = Ops.create(graph);
        Shape square = Shape.of(size, size);
        leftInput = tf.placeholder(TFloat32.class, Placeholder.shape(square));
        rightInput = tf.placeholder(TFloat32.class, Placeholder.shape(square));
        product = tf.linalg.matMul(leftInput, rightInput);
        session = new Session(graph, ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(Runtime.getRuntime().availableProcessors())
                .build());
        left = randomMatrix(square, 1);
        right = randomMatrix(square, 2);
    }

    @Benchmark
    public long matmul() {
        try (Result result = session.runner().feed(leftInput, left).feed(rightInput, right).fetch(product).run()) {
            return result.get(0).shape().size();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        left.close();
        right.close();
        session.close();
        graph.close();
    }

    /** Floating-point operations of one matmul of two {@code size x size} matrices: 2 n^3 (a multiply and an add per term). */
    public static long flops(int size) {
        return 2L * size * size * size;
    }

    private static TFloat32 randomMatrix(Shape shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextDouble(-1, 1);
        }
        return TFloat32.tensorOf(shape, DataBuffers.of(values, true, false));
    }
}
