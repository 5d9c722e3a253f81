package dev.coinid.model.engine;

import dev.coinid.error.FileWriteException;
import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.recipe.Preprocessing;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.types.TFloat32;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A trained network ready to classify: a lean TensorFlow graph (input, in-graph normalisation,
 * layers in inference mode, softmax) and its session. Thread-safe: many threads may call
 * {@link #forward} at once, each with its own buffer. Close it to free the native graph and
 * session.
 */
public final class InferenceEngine implements AutoCloseable {

    /** The name of the signature's input: float {@code [N, height, width, 3]} in the trained scale. */
    public static final String INPUT = "input";
    /** The name of the signature's output: softmax probabilities {@code [N, classes]}. */
    public static final String OUTPUT = "probabilities";

    private final Graph graph;
    private final Session session;
    private final SavedModelBundle bundle;
    private final Operand<TFloat32> input;
    private final Operand<TFloat32> probabilities;
    private final Signature signature;
    private final int height;
    private final int width;
    private final int classes;
    private volatile boolean closed;

    private InferenceEngine(Graph graph, Session session, SavedModelBundle bundle, Operand<TFloat32> input,
                            Operand<TFloat32> probabilities, int height, int width, int classes) {
        this.graph = graph;
        this.session = session;
        this.bundle = bundle;
        this.input = input;
        this.probabilities = probabilities;
        this.height = height;
        this.width = width;
        this.classes = classes;
        this.signature = Signature.builder().key(Signature.DEFAULT_KEY)
                .input(INPUT, input).output(OUTPUT, probabilities).build();
    }

    /** A new inference graph of {@code architecture} holding {@code weights} (as {@link TrainingEngine#weights()} gives), in float32. */
    public static InferenceEngine build(Architecture architecture, Preprocessing preprocessing, int classes,
                                        Weights weights, int threads) {
        return build(architecture, preprocessing, classes, weights, threads, Precision.FLOAT32);
    }

    /**
     * A new inference graph of {@code architecture} holding {@code weights}, whose session
     * computes in {@code precision} (the graph and weights stay float32; see {@link Precision}).
     */
    public static InferenceEngine build(Architecture architecture, Preprocessing preprocessing, int classes,
                                        Weights weights, int threads, Precision precision) {
        Objects.requireNonNull(precision, "precision");
        Graph graph = new Graph();
        try {
            Ops tf = Ops.create(graph);
            NetworkGraph network = new NetworkGraph(tf, architecture, preprocessing, classes);
            Placeholder<TFloat32> input = network.inputPlaceholder(INPUT);
            NetworkGraph.Forward forward = network.forward(input, NetworkGraph.Mode.INFERENCE, null);
            Operand<TFloat32> probabilities = tf.withName(OUTPUT).nn.softmax(forward.logits());
            Session session = SessionFactory.open(graph, threads, precision);
            try {
                WeightAssignment.assign(session, network.parameters(), weights);
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
            return new InferenceEngine(graph, session, null, input, probabilities, preprocessing.height(),
                    preprocessing.width(), classes);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /**
     * Loads a SavedModel whose {@code serving_default} signature has a float {@code input} of
     * shape {@code [-1, h, w, 3]} and a {@code probabilities} output, as {@link #exportSavedModel} writes.
     * Throws {@link IllegalArgumentException} when the signature does not fit. Computes in float32.
     */
    public static InferenceEngine loadSavedModel(Path dir, int threads) {
        return loadSavedModel(dir, threads, Precision.FLOAT32);
    }

    /** Loads a SavedModel as {@link #loadSavedModel(Path, int)} does, its session computing in {@code precision}. */
    public static InferenceEngine loadSavedModel(Path dir, int threads, Precision precision) {
        Objects.requireNonNull(precision, "precision");
        SavedModelBundle bundle = SavedModelBundle.loader(dir.toString())
                .withTags(SavedModelBundle.DEFAULT_TAG)
                .withConfigProto(SessionFactory.config(threads, precision))
                .load();
        try {
            Signature signature = bundle.signatures().stream()
                    .filter(s -> s.key().equals(Signature.DEFAULT_KEY)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no '" + Signature.DEFAULT_KEY + "' signature"));
            Signature.TensorDescription in = signature.getInputs().get(INPUT);
            Signature.TensorDescription out = signature.getOutputs().get(OUTPUT);
            if (in == null || out == null) {
                throw new IllegalArgumentException("signature '" + Signature.DEFAULT_KEY + "' needs an input '" + INPUT
                        + "' and an output '" + OUTPUT + "', has " + signature.inputNames() + " -> " + signature.outputNames());
            }
            Shape inShape = in.shape;
            Shape outShape = out.shape;
            if (inShape.numDimensions() != 4 || inShape.size(3) != 3 || outShape.numDimensions() != 2) {
                throw new IllegalArgumentException("signature shapes " + inShape + " -> " + outShape
                        + " are not [N,H,W,3] -> [N,classes]");
            }
            @SuppressWarnings("unchecked")
            Operand<TFloat32> input = (Operand<TFloat32>) bundle.graph().outputOrThrow(in.name);
            @SuppressWarnings("unchecked")
            Operand<TFloat32> probabilities = (Operand<TFloat32>) bundle.graph().outputOrThrow(out.name);
            return new InferenceEngine(bundle.graph(), bundle.session(), bundle, input, probabilities,
                    (int) inShape.size(1), (int) inShape.size(2), (int) outShape.size(1));
        } catch (RuntimeException e) {
            bundle.close();
            throw e;
        }
    }

    /**
     * Softmax outputs ({@code n x classes}, row-major) for {@code n} rescaled NHWC images read
     * at the buffer's position (the buffer is not moved). Thread-safe.
     */
    public float[] forward(FloatBuffer nhwc, int n) {
        if (closed) {
            throw new IllegalStateException("inference engine is closed");
        }
        try (TFloat32 images = HostTensors.images(nhwc, n, height, width)) {
            Session.Runner runner = session.runner().feed(input, images).fetch(probabilities);
            boolean trace = SessionFactory.shouldLogDevices();
            if (trace) {
                runner.setOptions(SessionFactory.tracing());
            }
            try (Result result = trace ? runner.runAndFetchMetadata() : runner.run()) {
                if (trace) {
                    result.getMetadata().ifPresent(m -> SessionFactory.logDevices(m, "inference"));
                }
                return HostTensors.values(result.get(0));
            }
        }
    }

    /**
     * Runs {@link #forward} once with a full trace and returns TensorFlow's record of it: every
     * op's device, duration, output shapes and types ({@code step_stats}). For profiling where
     * the time goes; slower than {@link #forward}.
     */
    public RunMetadata tracedForward(FloatBuffer nhwc, int n) {
        if (closed) {
            throw new IllegalStateException("inference engine is closed");
        }
        try (TFloat32 images = HostTensors.images(nhwc, n, height, width);
             Result result = session.runner().feed(input, images).fetch(probabilities)
                     .setOptions(SessionFactory.fullTracing()).runAndFetchMetadata()) {
            return result.getMetadata().orElseThrow(() -> new IllegalStateException("TensorFlow returned no run metadata"));
        }
    }

    /**
     * Writes a TensorFlow SavedModel (tag {@code serve}) into {@code dir}, which must not exist
     * yet: signature {@code serving_default} maps {@code input} to {@code probabilities}.
     */
    public void exportSavedModel(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            SavedModelBundle.exporter(dir.toString()).withSession(session).withSignature(signature).export();
        } catch (IOException e) {
            throw new FileWriteException(dir.toString(), "cannot write the SavedModel: " + e.getMessage(), e);
        }
    }

    public int classes() {
        return classes;
    }

    /** Input height in pixels. */
    public int height() {
        return height;
    }

    /** Input width in pixels. */
    public int width() {
        return width;
    }

    /** Frees the session and graph. Callers must not call {@link #forward} during or after it. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (bundle != null) {
                bundle.close();
            } else {
                session.close();
                graph.close();
            }
        }
    }
}
