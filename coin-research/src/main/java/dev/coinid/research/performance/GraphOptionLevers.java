package dev.coinid.research.performance;

import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.model.recipe.Preprocessing;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.OptimizerOptions;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.proto.RunMetadata;
import org.tensorflow.proto.RunOptions;
import org.tensorflow.types.TFloat32;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The session-option levers of the default network's forward pass, each alone against the
 * library's session: Grappler's constant folding, layout optimizer and remapper switched off,
 * XLA's CPU JIT switched on ({@code global_jit_level}), and one inter-op thread. Exports the
 * untrained network (seed 1) once, loads it under each option and prints the wall time per batch
 * (best of several rounds), the largest difference from the library's probabilities, and for the
 * JIT whether XLA ops ran at all.
 *
 * <pre>
 * mvn -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.performance.GraphOptionLevers \
 *     -Dexec.args="[--batch 32] [--runs 20] [--rounds 3]"
 * </pre>
 */
public final class GraphOptionLevers {

    private GraphOptionLevers() {
    }

    /** Runs the comparison; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        int batch = 32;
        int runs = 20;
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        int threads = Runtime.getRuntime().availableProcessors();
        Preprocessing preprocessing = Preprocessing.polar();
        Path dir = Files.createTempDirectory("coinid-levers");
        Path model = dir.resolve("model");
        try (TrainingEngine engine = TrainingEngine.builder().architecture(Architectures.polarCnn())
                .preprocessing(preprocessing).classes(8).seed(1).threads(threads).build();
             InferenceEngine inference = engine.toInference()) {
            inference.exportSavedModel(model);
        }
        Map<String, UnaryOperator<ConfigProto.Builder>> levers = new LinkedHashMap<>();
        levers.put("library session", c -> c);
        levers.put("constant folding off", c -> c.setGraphOptions(rewrite(r -> r.setConstantFolding(RewriterConfig.Toggle.OFF))));
        levers.put("layout optimizer off", c -> c.setGraphOptions(rewrite(r -> r.setLayoutOptimizer(RewriterConfig.Toggle.OFF))));
        levers.put("remapper off", c -> c.setGraphOptions(rewrite(r -> r.setRemapping(RewriterConfig.Toggle.OFF))));
        levers.put("all Grappler off", c -> c.setGraphOptions(rewrite(r -> r.setDisableModelPruning(true)
                .setConstantFolding(RewriterConfig.Toggle.OFF).setLayoutOptimizer(RewriterConfig.Toggle.OFF)
                .setRemapping(RewriterConfig.Toggle.OFF).setArithmeticOptimization(RewriterConfig.Toggle.OFF)
                .setDependencyOptimization(RewriterConfig.Toggle.OFF).setShapeOptimization(RewriterConfig.Toggle.OFF))));
        levers.put("XLA JIT on (global_jit_level ON_1)", c -> c.setGraphOptions(GraphOptions.newBuilder()
                .setOptimizerOptions(OptimizerOptions.newBuilder().setGlobalJitLevel(OptimizerOptions.GlobalJitLevel.ON_1))));
        levers.put("XLA JIT on (ON_2)", c -> c.setGraphOptions(GraphOptions.newBuilder()
                .setOptimizerOptions(OptimizerOptions.newBuilder().setGlobalJitLevel(OptimizerOptions.GlobalJitLevel.ON_2))));
        float[] values = new float[batch * preprocessing.height() * preprocessing.width() * 3];
        Random random = new Random(7);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(256) * preprocessing.rescale();
        }
        float[] reference = null;
        System.out.printf(Locale.ROOT, "polar-cnn forward, batch %d, %d threads, best of %d rounds of %d runs%n%n",
                batch, threads, rounds, runs);
        System.out.println("| lever | ms per batch | largest probability difference | op types of note |");
        System.out.println("|---|---:|---:|---|");
        try (TFloat32 input = TFloat32.tensorOf(Shape.of(batch, preprocessing.height(), preprocessing.width(), 3),
                DataBuffers.of(values, true, false))) {
            for (Map.Entry<String, UnaryOperator<ConfigProto.Builder>> lever : levers.entrySet()) {
                ConfigProto config = lever.getValue().apply(ConfigProto.newBuilder()
                        .setIntraOpParallelismThreads(threads).setAllowSoftPlacement(true)).build();
                try (SavedModelBundle bundle = SavedModelBundle.loader(model.toString())
                        .withTags(SavedModelBundle.DEFAULT_TAG).withConfigProto(config).load()) {
                    SessionFunction serving = bundle.function(Signature.DEFAULT_KEY);
                    float[] probabilities = probabilities(serving, input);
                    if (reference == null) {
                        reference = probabilities;
                    }
                    double best = Double.MAX_VALUE;
                    for (int round = 0; round < rounds; round++) {
                        long start = System.nanoTime();
                        for (int i = 0; i < runs; i++) {
                            probabilities(serving, input);
                        }
                        best = Math.min(best, (System.nanoTime() - start) / 1e6 / runs);
                    }
                    float largest = 0;
                    for (int i = 0; i < reference.length; i++) {
                        largest = Math.max(largest, Math.abs(reference[i] - probabilities[i]));
                    }
                    System.out.printf(Locale.ROOT, "| %s | %.2f | %.2g | %s |%n", lever.getKey(), best, largest,
                            notableOps(bundle, input));
                }
            }
        }
    }

    private static GraphOptions.Builder rewrite(UnaryOperator<RewriterConfig.Builder> change) {
        return GraphOptions.newBuilder().setRewriteOptions(change.apply(RewriterConfig.newBuilder()));
    }

    private static float[] probabilities(SessionFunction serving, TFloat32 input) {
        try (Result result = serving.call(Map.of(InferenceEngine.INPUT, input))) {
            Tensor out = result.get(0);
            FloatDataBuffer buffer = ((TFloat32) out).asRawTensor().data().asFloats();
            float[] values = new float[(int) buffer.size()];
            buffer.read(values);
            return values;
        }
    }

    /** The op types of a traced run that tell a lever fired: XLA's, oneDNN's fused ones and layout conversions. */
    private static String notableOps(SavedModelBundle bundle, TFloat32 input) {
        Signature signature = bundle.function(Signature.DEFAULT_KEY).signature();
        String in = signature.getInputs().get(InferenceEngine.INPUT).name;
        String out = signature.getOutputs().get(InferenceEngine.OUTPUT).name;
        try (Result result = bundle.session().runner().feed(in, input).fetch(out)
                .setOptions(RunOptions.newBuilder().setTraceLevel(RunOptions.TraceLevel.FULL_TRACE).build())
                .runAndFetchMetadata()) {
            RunMetadata metadata = result.getMetadata().orElseThrow();
            TreeSet<String> types = new TreeSet<>();
            metadata.getStepStats().getDevStatsList().forEach(d -> {
                for (NodeExecStats node : d.getNodeStatsList()) {
                    String label = node.getTimelineLabel();
                    int eq = label.indexOf(" = ");
                    int paren = label.indexOf('(', Math.max(eq, 0));
                    String type = eq >= 0 && paren > eq ? label.substring(eq + 3, paren) : node.getNodeName();
                    if (type.contains("Xla") || type.contains("Fused") || type.contains("ToTf")
                            || type.contains("Transpose") || type.contains("Conv")) {
                        types.add(type);
                    }
                }
            });
            return String.join(" ", types);
        }
    }
}
