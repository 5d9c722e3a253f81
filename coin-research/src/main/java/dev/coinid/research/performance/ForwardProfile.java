package dev.coinid.research.performance;

import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.recipe.Preprocessing;

import java.nio.FloatBuffer;
import java.util.Locale;
import java.util.Random;

/**
 * Where the default network's time goes: runs its forward pass (and its training step) with
 * TensorFlow's full trace and prints the summed op times per part of the network (input
 * normalisation, cyclic padding, convolution, instance norm, pooling, layout conversions,
 * softmax...), per op type as the executor ran it (with output types, which show whether the
 * bfloat16 rewrite fired) and per layer, each with its share of the summed op time.
 *
 * <pre>
 * mvn -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.performance.ForwardProfile \
 *     -Dexec.args="[--batch 32] [--runs 20] [--warmup 5] [--threads N] [--precision float32|bfloat16] [--training]"
 * </pre>
 *
 * <p>The network is {@link Architectures#polarCnn()} on {@link Preprocessing#polar()} input with
 * 8 classes, untrained (seed 1), fed random values in the input's range: op times do not depend
 * on the weights. The summed op time exceeds the wall time where ops overlap.
 */
public final class ForwardProfile {

    private static final int CLASSES = 8;

    private ForwardProfile() {
    }

    /** Runs the profile; see the class comment for the arguments. */
    public static void main(String[] args) {
        int batch = 32;
        int runs = 20;
        int warmup = 5;
        int threads = Runtime.getRuntime().availableProcessors();
        Precision precision = Precision.FLOAT32;
        boolean training = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--precision" -> precision = Precision.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--training" -> training = true;
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(1);
                }
            }
        }
        Preprocessing preprocessing = Preprocessing.polar();
        FloatBuffer images = randomImages(batch, preprocessing, 7);
        int[] labels = new int[batch];
        for (int i = 0; i < batch; i++) {
            labels[i] = i % CLASSES;
        }
        System.out.printf(Locale.ROOT, "polar-cnn on %dx%d, batch %d, %d threads, %s, %d traced runs after %d warm-up%n",
                preprocessing.width(), preprocessing.height(), batch, threads, precision, runs, warmup);
        try (TrainingEngine engine = TrainingEngine.builder().architecture(Architectures.polarCnn())
                .preprocessing(preprocessing).classes(CLASSES).seed(1).threads(threads).precision(precision).build()) {
            if (training) {
                OpTimes times = new OpTimes();
                for (int i = 0; i < warmup; i++) {
                    engine.trainStep(images, labels);
                }
                double wall = wallMillis(() -> engine.trainStep(images, labels), runs);
                for (int i = 0; i < runs; i++) {
                    times.add(engine.tracedTrainStep(images, labels));
                }
                print("training step", times, wall);
            }
            try (InferenceEngine inference = engine.toInference()) {
                OpTimes times = new OpTimes();
                for (int i = 0; i < warmup; i++) {
                    inference.forward(images, batch);
                }
                int n = batch;
                double wall = wallMillis(() -> inference.forward(images, n), runs);
                for (int i = 0; i < runs; i++) {
                    times.add(inference.tracedForward(images, batch));
                }
                print("forward pass", times, wall);
            }
        }
    }

    private static double wallMillis(Runnable run, int times) {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            run.run();
        }
        return (System.nanoTime() - start) / 1e6 / times;
    }

    private static void print(String what, OpTimes times, double wallMillis) {
        System.out.printf(Locale.ROOT, "%n## %s: %.2f ms per run untraced (wall), %.2f ms summed op time per traced run%n%n",
                what, wallMillis, times.totalMicros() / 1000.0 / times.runs());
        System.out.println(times.table("part", ForwardProfile::part));
        System.out.println(times.table("op type (output types)", n -> n.type() + " (" + n.outputTypes() + ")"));
        System.out.println(times.table("layer", ForwardProfile::layer));
        System.out.println("slowest nodes:");
        times.nodes().stream().limit(15).forEach(n -> System.out.printf(Locale.ROOT, "  %8.3f ms  %-28s %-10s %s%n",
                n.micros() / 1000.0 / times.runs(), n.type(), n.outputTypes(), n.name()));
    }

    /** The part of the network a node belongs to, from its op type and name scope. */
    static String part(OpTimes.Node node) {
        String type = node.type();
        String name = node.name();
        // the gradients sit in the optimizer's scope without their layer's: only the op type tells them apart
        if (name.toLowerCase(Locale.ROOT).contains("gradients")) {
            if (type.contains("Conv2D")) {
                return "backward: convolution (input and filter gradients)";
            }
            if (type.contains("MaxPool")) {
                return "backward: max pool";
            }
            return "backward: element-wise and other (" + type + ")";
        }
        String pass = "";
        if (name.startsWith("adam/")) {
            return "adam update";
        }
        if (type.contains("ToTf") || type.contains("Conversion") || type.contains("Transpose")) {
            return pass + "layout conversion";
        }
        if (type.equals("Cast") || type.contains("_MklCast")) {
            return pass + "type cast";
        }
        if (name.contains("standardize")) {
            return pass + "input grey + standardise + local contrast";
        }
        if (name.contains("conv2d") && (type.contains("Slice") || type.contains("Concat") || type.contains("Pad"))) {
            return pass + "cyclic width padding (slice, concat, pad)";
        }
        if (type.contains("Conv2D") || type.contains("BiasAdd") || type.contains("Relu")) {
            return pass + "convolution + bias + relu";
        }
        if (name.contains("instancenorm")) {
            return pass + "instance norm";
        }
        if (type.contains("MaxPool")) {
            return pass + "max pool";
        }
        if (name.contains("globalaveragepooling")) {
            return pass + "global average pooling";
        }
        if (name.contains("dropout")) {
            return pass + "dropout";
        }
        if (type.contains("Softmax") || name.contains("probabilities")) {
            return pass + "softmax";
        }
        if (name.contains("head")) {
            return pass + "dense head";
        }
        if (name.contains("loss")) {
            return pass + "loss";
        }
        return pass + "other (" + type + ")";
    }

    /** The layer scope of a node ({@code layer3_conv2d}, {@code head}, ...), or its first scope. */
    private static String layer(OpTimes.Node node) {
        for (String part : node.name().split("/")) {
            if (part.startsWith("layer") || part.equals("head") || part.equals("standardize")) {
                return part;
            }
        }
        String name = node.name();
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    private static FloatBuffer randomImages(int batch, Preprocessing preprocessing, long seed) {
        Random random = new Random(seed);
        FloatBuffer buffer = FloatBuffer.allocate(batch * preprocessing.height() * preprocessing.width() * 3);
        while (buffer.hasRemaining()) {
            buffer.put(random.nextInt(256) * preprocessing.rescale());
        }
        return buffer.flip();
    }
}
