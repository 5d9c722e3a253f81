package dev.coinid.bench;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The results of one run, looked up by benchmark and parameters: the key is the class's simple
 * name, the method and the parameters, e.g. {@code ForwardPassBenchmark.forward[batch=32]}
 * (no brackets when there are none).
 */
public final class Measurements {

    private final Map<String, Timing> timings;

    private Measurements(Map<String, Timing> timings) {
        this.timings = Map.copyOf(timings);
    }

    /** Results as given, by key. */
    public static Measurements of(Map<String, Timing> timings) {
        return new Measurements(timings);
    }

    /**
     * JMH's results, converted to milliseconds per operation: of average-time runs, of sample-time
     * runs (which also give the median operation) and of single-shot runs (one operation per iteration).
     */
    public static Measurements of(Collection<RunResult> results) {
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            Mode mode = params.getMode();
            if (mode != Mode.AverageTime && mode != Mode.SampleTime && mode != Mode.SingleShotTime) {
                throw new IllegalArgumentException(params.getBenchmark() + " ran in mode " + mode
                        + "; the suite reads average, sample and single-shot times");
            }
            Result<?> primary = run.getPrimaryResult();
            double toMillis = millisPer(params.getTimeUnit());
            String benchmark = params.getBenchmark();
            String[] parts = benchmark.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            Map<String, String> values = new TreeMap<>();
            for (String key : params.getParamsKeys()) {
                values.put(key, params.getParam(key));
            }
            double best = run.getBenchmarkResults().stream()
                    .flatMap(b -> b.getIterationResults().stream())
                    .mapToDouble(i -> i.getPrimaryResult().getScore())
                    .min().orElse(primary.getScore());
            double median = mode == Mode.SampleTime ? primary.getStatistics().getPercentile(50) * toMillis : Double.NaN;
            timings.put(key(name, values), new Timing(primary.getScore() * toMillis, primary.getScoreError() * toMillis,
                    best * toMillis, median));
        }
        return new Measurements(timings);
    }

    /** The key of a benchmark method with its parameters, e.g. {@code key("ForwardPassBenchmark.forward", Map.of("batch", "32"))}. */
    public static String key(String benchmark, Map<String, String> params) {
        if (params.isEmpty()) {
            return benchmark;
        }
        StringBuilder key = new StringBuilder(benchmark).append('[');
        new TreeMap<>(params).forEach((k, v) -> key.append(k).append('=').append(v).append(','));
        key.setCharAt(key.length() - 1, ']');
        return key.toString();
    }

    /** The result of a benchmark without parameters. */
    public Optional<Timing> get(String benchmark) {
        return Optional.ofNullable(timings.get(benchmark));
    }

    /** The result of a benchmark run with one parameter at {@code value}. */
    public Optional<Timing> get(String benchmark, String param, Object value) {
        return Optional.ofNullable(timings.get(key(benchmark, Map.of(param, String.valueOf(value)))));
    }

    /** The result of a benchmark run with exactly these parameters. */
    public Optional<Timing> get(String benchmark, Map<String, ?> params) {
        Map<String, String> values = new TreeMap<>();
        params.forEach((k, v) -> values.put(k, String.valueOf(v)));
        return Optional.ofNullable(timings.get(key(benchmark, values)));
    }

    /**
     * The one result of a benchmark whose parameters include {@code params} (others may have any
     * value), with its key; empty when none or several match.
     */
    public Optional<Map.Entry<String, Timing>> matching(String benchmark, Map<String, ?> params) {
        List<Map.Entry<String, Timing>> found = timings.entrySet().stream()
                .filter(e -> e.getKey().equals(benchmark) || e.getKey().startsWith(benchmark + "["))
                .filter(e -> params.entrySet().stream()
                        .allMatch(p -> param(e.getKey(), p.getKey()).equals(Optional.of(String.valueOf(p.getValue())))))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The result of a benchmark whatever its parameters' values, with them, when it ran with exactly
     * one combination of them (the identification benchmarks run with the one set of references found).
     */
    public Optional<Map.Entry<String, Timing>> only(String benchmark) {
        return matching(benchmark, Map.of());
    }

    /** The value of parameter {@code param} in a key made by {@link #key}, if it has one. */
    public static Optional<String> param(String key, String param) {
        int open = key.indexOf('[');
        if (open < 0 || !key.endsWith("]")) {
            return Optional.empty();
        }
        for (String pair : key.substring(open + 1, key.length() - 1).split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(param)) {
                return Optional.of(pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }

    /** Every result, by key. */
    public Map<String, Timing> all() {
        return timings;
    }

    private static double millisPer(TimeUnit unit) {
        return unit.toNanos(1) / 1e6;
    }
}
