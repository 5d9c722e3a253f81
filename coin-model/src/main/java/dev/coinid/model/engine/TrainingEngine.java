package dev.coinid.model.engine;

import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.recipe.Recipe;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A network being trained: one TensorFlow graph holding the variables, the forward pass in
 * training mode (dropout on, batch statistics), the categorical cross-entropy loss and the Adam
 * update, plus the same forward pass in inference mode for validation.
 *
 * <p>Batches are NHWC floats already rescaled (see {@link Preprocessing}). Not thread-safe:
 * one training loop drives it. Close it to free the native graph and session.
 *
 * <pre>{@code
 * try (TrainingEngine engine = TrainingEngine.builder().classes(4).seed(42).build()) {   // Recipe.polar()'s network
 *     StepResult step = engine.trainStep(batch, labels);
 * }
 * }</pre>
 */
public final class TrainingEngine implements AutoCloseable {

    private final Architecture architecture;
    private final Preprocessing preprocessing;
    private final int classes;
    private final float learningRate;
    private final long seed;
    private final int threads;
    private final Precision precision;
    private final Graph graph;
    private final NetworkGraph network;
    private final Placeholder<TFloat32> input;
    private final Placeholder<TInt32> labels;
    private final Placeholder<TInt64> dropoutSeed;
    private final Operand<TFloat32> loss;
    private final Operand<TFloat32> trainProbabilities;
    private final Operand<TFloat32> inferenceProbabilities;
    private final List<Op> updates;
    private final AdamOptimizer optimizer;
    private final Session session;
    private boolean closed;

    private TrainingEngine(Builder builder) {
        this.architecture = builder.architecture;
        this.preprocessing = builder.preprocessing;
        this.classes = builder.classes;
        this.learningRate = (float) builder.learningRate;
        this.seed = builder.seed;
        this.threads = builder.threads;
        this.precision = builder.precision;
        this.graph = new Graph();
        try {
            Ops tf = Ops.create(graph);
            network = new NetworkGraph(tf, architecture, preprocessing, classes);
            input = network.inputPlaceholder("input");
            labels = tf.withName("labels").placeholder(TInt32.class, Placeholder.shape(Shape.of(-1)));
            dropoutSeed = tf.withName("dropout_seed").placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));

            NetworkGraph.Forward training = network.forward(input, NetworkGraph.Mode.TRAINING, dropoutSeed);
            Ops lossScope = tf.withSubScope("loss");
            var oneHot = lossScope.oneHot(labels, lossScope.constant(classes), lossScope.constant(1f), lossScope.constant(0f));
            var crossEntropy = lossScope.nn.softmaxCrossEntropyWithLogits(training.logits(), oneHot);
            loss = lossScope.withName("mean").math.mean(crossEntropy.loss(), lossScope.constant(0));
            trainProbabilities = tf.withName("train_probabilities").nn.softmax(training.logits());

            NetworkGraph.Forward inference = network.forward(input, NetworkGraph.Mode.INFERENCE, dropoutSeed);
            inferenceProbabilities = tf.withName("probabilities").nn.softmax(inference.logits());

            optimizer = new AdamOptimizer(tf, loss, network.trainableParameters());
            List<Op> all = new ArrayList<>(optimizer.updates());
            all.addAll(training.updates());
            updates = List.copyOf(all);
            session = SessionFactory.open(graph, threads, precision);
            session.initialize();
            setWeights(GlorotUniform.initialWeights(network.parameters(), seed));
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /**
     * A builder with the defaults: the network of coinid's default recipe ({@link Recipe#polar()}:
     * {@link dev.coinid.model.architecture.Architectures#polarCnn()} on {@link Preprocessing#polar()}'s
     * 128x32 grey local contrast input, Adam at 1e-3), 4 classes, seed 0, all cores. The original
     * experiment's network is {@code .architecture(Architectures.seedCnn()).preprocessing(Preprocessing.seed())}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs one Adam step on a batch of {@code labels.length} images read at the buffer's
     * position (the buffer is not moved). Returns the batch's loss and softmax outputs, computed
     * with the weights before the update.
     */
    public StepResult trainStep(FloatBuffer nhwc, int[] labelIndices) {
        return trainStep(nhwc, labelIndices, learningRate);
    }

    /**
     * Runs one Adam step as {@link #trainStep(FloatBuffer, int[])} does, at {@code rate} instead
     * of the configured learning rate: for learning-rate schedules.
     */
    public StepResult trainStep(FloatBuffer nhwc, int[] labelIndices, double rate) {
        return step(nhwc, labelIndices, rate, false).step();
    }

    /**
     * Runs one training step as {@link #trainStep(FloatBuffer, int[])} does (the weights are
     * updated) with a full trace, and returns TensorFlow's record of it: every op's device,
     * duration, output shapes and types. For profiling where the time goes.
     */
    public RunMetadata tracedTrainStep(FloatBuffer nhwc, int[] labelIndices) {
        return step(nhwc, labelIndices, learningRate, true).metadata();
    }

    /** A step's result and, when traced, its run metadata. */
    private record TracedStep(StepResult step, RunMetadata metadata) {
    }

    private TracedStep step(FloatBuffer nhwc, int[] labelIndices, double rate, boolean fullTrace) {
        requireOpen();
        if (!(rate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, was " + rate);
        }
        int n = labelIndices.length;
        for (int label : labelIndices) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label index " + label + " is not in 0.." + (classes - 1));
            }
        }
        List<AutoCloseable> feeds = new ArrayList<>();
        try (TFloat32 images = HostTensors.images(nhwc, n, preprocessing.height(), preprocessing.width());
             TInt32 labelTensor = TInt32.vectorOf(labelIndices);
             TInt64 seedTensor = TInt64.vectorOf(seed, optimizer.nextStep())) {
            Session.Runner runner = session.runner()
                    .feed(input, images).feed(labels, labelTensor).feed(dropoutSeed, seedTensor)
                    .fetch(loss).fetch(trainProbabilities);
            optimizer.feedNextStep(runner, (float) rate, feeds);
            updates.forEach(runner::addTarget);
            boolean trace = fullTrace || SessionFactory.shouldLogDevices();
            if (trace) {
                runner.setOptions(fullTrace ? SessionFactory.fullTracing() : SessionFactory.tracing());
            }
            try (Result result = trace ? runner.runAndFetchMetadata() : runner.run()) {
                RunMetadata metadata = result.getMetadata().orElse(null);
                if (metadata != null) {
                    SessionFactory.logDevices(metadata, "training");
                }
                float lossValue = HostTensors.values(result.get(0))[0];
                return new TracedStep(new StepResult(lossValue, HostTensors.values(result.get(1))), metadata);
            }
        } finally {
            closeAll(feeds);
        }
    }

    /**
     * Softmax outputs ({@code n x classes}, row-major) in inference mode (no dropout, batch-norm
     * moving averages) for {@code n} images read at the buffer's position (the buffer is not moved).
     */
    public float[] forward(FloatBuffer nhwc, int n) {
        requireOpen();
        try (TFloat32 images = HostTensors.images(nhwc, n, preprocessing.height(), preprocessing.width());
             Result result = session.runner().feed(input, images).fetch(inferenceProbabilities).run()) {
            return HostTensors.values(result.get(0));
        }
    }

    /** A host copy of the current variables (weights, biases, batch-norm statistics). */
    public Weights weights() {
        requireOpen();
        List<Parameter> parameters = network.parameters();
        Session.Runner runner = session.runner();
        parameters.forEach(p -> runner.fetch(p.variable()));
        try (Result result = runner.run()) {
            List<Weights.Array> arrays = new ArrayList<>(parameters.size());
            for (int i = 0; i < parameters.size(); i++) {
                Parameter p = parameters.get(i);
                arrays.add(new Weights.Array(p.name(), p.shape().clone(), HostTensors.values(result.get(i))));
            }
            return new Weights(arrays);
        }
    }

    /** Overwrites the variables with {@code weights}, which must match this network's names and shapes. */
    public void setWeights(Weights weights) {
        requireOpen();
        WeightAssignment.assign(session, network.parameters(), weights);
    }

    /** A lean inference engine holding a copy of the current weights, computing in this engine's precision; close it separately. */
    public InferenceEngine toInference() {
        return InferenceEngine.build(architecture, preprocessing, classes, weights(), threads, precision);
    }

    public int classes() {
        return classes;
    }

    public Architecture architecture() {
        return architecture;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** Training steps run so far (for the tests). */
    long steps() {
        return optimizer.nextStep() - 1;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("training engine is closed");
        }
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot free a tensor", e);
            }
        }
    }

    /** Frees the session and graph; further calls throw {@link IllegalStateException}. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            session.close();
            graph.close();
        }
    }

    /** Configures a {@link TrainingEngine}; every setting has a working default. */
    public static final class Builder {
        private Architecture architecture = Recipe.polar().architecture();
        private Preprocessing preprocessing = Recipe.polar().preprocessing();
        private int classes = 4;
        private double learningRate = Recipe.polar().learningRate();
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Precision precision = Precision.FLOAT32;

        private Builder() {
        }

        public Builder architecture(Architecture architecture) {
            this.architecture = Objects.requireNonNull(architecture, "architecture");
            return this;
        }

        /** Input size and in-graph normalisation. */
        public Builder preprocessing(Preprocessing preprocessing) {
            this.preprocessing = Objects.requireNonNull(preprocessing, "preprocessing");
            return this;
        }

        /** Shorthand for a preprocessing of this input size. */
        public Builder inputSize(int width, int height) {
            this.preprocessing = preprocessing.inputSize(width, height);
            return this;
        }

        public Builder classes(int classes) {
            if (classes < 2) {
                throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
            }
            this.classes = classes;
            return this;
        }

        public Builder learningRate(double learningRate) {
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
            }
            this.learningRate = learningRate;
            return this;
        }

        /** Seeds the weight initialisation and dropout. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** TensorFlow intra-op threads (default: all cores, the fastest). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be positive, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The number format the session computes in (default {@link Precision#FLOAT32}); the
         * variables stay float32 whatever it is. See {@link Precision}.
         */
        public Builder precision(Precision precision) {
            this.precision = Objects.requireNonNull(precision, "precision");
            return this;
        }

        public TrainingEngine build() {
            return new TrainingEngine(this);
        }
    }
}
