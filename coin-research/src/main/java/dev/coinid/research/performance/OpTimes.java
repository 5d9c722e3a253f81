package dev.coinid.research.performance;

import org.tensorflow.proto.DeviceStepStats;
import org.tensorflow.proto.NodeExecStats;
import org.tensorflow.proto.NodeOutput;
import org.tensorflow.proto.RunMetadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The op times of traced TensorFlow runs, summed over runs: each executed node's name, op type
 * (as the executor ran it, e.g. oneDNN's {@code _MklNativeConv2D}), output types and total
 * microseconds, read from {@code RunMetadata.step_stats}. Groups them by any key and prints the
 * groups as a Markdown table with each group's share of the total.
 */
final class OpTimes {

    /** One node's total over the runs added. */
    record Node(String name, String type, String outputTypes, long micros, int executions) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private int runs;

    /** Adds every node of one traced run. */
    void add(RunMetadata metadata) {
        runs++;
        for (DeviceStepStats device : metadata.getStepStats().getDevStatsList()) {
            for (NodeExecStats stats : device.getNodeStatsList()) {
                String name = stats.getNodeName();
                if (name.equals("_SOURCE") || name.equals("_SINK")) {
                    continue;
                }
                long micros = stats.getAllEndRelMicros();
                String type = opType(stats);
                String outputs = outputTypes(stats);
                nodes.merge(name, new Node(name, type, outputs, micros, 1),
                        (a, b) -> new Node(a.name(), a.type(), a.outputTypes(), a.micros() + b.micros(), a.executions() + 1));
            }
        }
    }

    /** Traced runs added. */
    int runs() {
        return runs;
    }

    /** Every node, slowest first. */
    List<Node> nodes() {
        List<Node> sorted = new ArrayList<>(nodes.values());
        sorted.sort(Comparator.comparingLong(Node::micros).reversed());
        return sorted;
    }

    /** The sum of every node's time, microseconds over all runs. */
    long totalMicros() {
        return nodes.values().stream().mapToLong(Node::micros).sum();
    }

    /** The set of op types that ran. */
    TreeSet<String> types() {
        TreeSet<String> types = new TreeSet<>();
        nodes.values().forEach(n -> types.add(n.type()));
        return types;
    }

    /**
     * A Markdown table of the nodes grouped by {@code key}: per group, the milliseconds per run,
     * the share of the summed op time and the op count, slowest group first.
     */
    String table(String keyTitle, Function<Node, String> key) {
        Map<String, long[]> groups = new LinkedHashMap<>();
        for (Node node : nodes.values()) {
            long[] g = groups.computeIfAbsent(key.apply(node), k -> new long[2]);
            g[0] += node.micros();
            g[1]++;
        }
        long total = Math.max(1, totalMicros());
        StringBuilder out = new StringBuilder();
        out.append("| ").append(keyTitle).append(" | ms per run | % of op time | nodes |\n|---|---:|---:|---:|\n");
        groups.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed())
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.3f | %.1f | %d |%n", e.getKey(),
                        e.getValue()[0] / 1000.0 / runs, 100.0 * e.getValue()[0] / total, e.getValue()[1])));
        out.append(String.format(Locale.ROOT, "| **sum** | %.3f | 100.0 | %d |%n", total / 1000.0 / runs, nodes.size()));
        return out.toString();
    }

    /** The op type from the timeline label {@code "name = Type(inputs)"}, or the node name's last part. */
    private static String opType(NodeExecStats stats) {
        String label = stats.getTimelineLabel();
        int eq = label.indexOf(" = ");
        int paren = label.indexOf('(', Math.max(eq, 0));
        if (eq >= 0 && paren > eq) {
            return label.substring(eq + 3, paren).trim();
        }
        String name = stats.getNodeName();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String outputTypes(NodeExecStats stats) {
        TreeSet<String> types = new TreeSet<>();
        for (NodeOutput output : stats.getOutputList()) {
            types.add(output.getTensorDescription().getDtype().name().replace("DT_", "").toLowerCase(Locale.ROOT));
        }
        return String.join(",", types);
    }
}
