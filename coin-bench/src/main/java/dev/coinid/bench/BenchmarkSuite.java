package dev.coinid.bench;

import dev.coinid.bench.match.IdentificationReferences;
import dev.coinid.bench.match.IndexBuildBenchmark;
import dev.coinid.bench.network.ForwardPassBenchmark;
import dev.coinid.bench.network.MatmulPeakBenchmark;
import dev.coinid.bench.network.TrainingStepBenchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the whole benchmark suite through JMH's Runner API, writes JMH's JSON results and prints
 * the {@link SummaryTable} with ratios, percentages of the matmul peak and the target verdicts.
 * With the {@code djl} profile the DJL peer runs in the same suite. The identification benchmarks
 * index both shared reference galleries where {@code ../shared/datasets} has them (see
 * {@link SharedDatasets}), 450 synthetic designs otherwise; the index build runs as a couple of
 * single shots after the rest. The matmul peak is measured first and again last ({@code
 * moment=end}), whenever the run includes it or any network benchmark, so that every percentage of
 * the peak is against the best of several measurements and a run disturbed part of the time shows.
 *
 * <pre>
 * java -jar coin-bench/target/benchmarks.jar [--quick] [--iterations N] [--include REGEX] [--result FILE.json]
 * </pre>
 *
 * <ul>
 *   <li>{@code --quick}: one 1 s warmup and one 1 s iteration per benchmark, for a first look;</li>
 *   <li>{@code --iterations}: measurement iterations per benchmark (default 5): more iterations give
 *       the fastest-iteration estimate more chances on a busy machine;</li>
 *   <li>{@code --include}: only benchmarks whose name matches (JMH's regular expression);</li>
 *   <li>{@code --result}: where to write the JSON (default {@code benchmark-results.json}); the
 *       summary goes next to it with the extension {@code .md}.</li>
 * </ul>
 */
public final class BenchmarkSuite {

    private static final String ALL = "dev\\.coinid\\.bench\\..*";
    private static final String INDEX_BUILD = "dev\\.coinid\\.bench\\.match\\.IndexBuildBenchmark\\..*";
    private static final String MATMUL_PEAK = "dev\\.coinid\\.bench\\.network\\.MatmulPeakBenchmark\\..*";
    /** The benchmarks whose rows are read as a share of the peak: when any runs, the peak runs too. */
    private static final String NETWORK_BENCHMARKS = "dev.coinid.bench.network.";

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = false;
        Integer iterationsAsked = null;
        String include = ALL;
        Path result = Path.of("benchmark-results.json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--include" -> include = requireValue(args, ++i);
                case "--iterations" -> iterationsAsked = Integer.parseInt(requireValue(args, ++i));
                case "--result" -> result = Path.of(requireValue(args, ++i));
                default -> {
                    System.err.println("usage: java -jar benchmarks.jar [--quick] [--iterations N] [--include REGEX] [--result FILE.json]");
                    System.exit(2);
                }
            }
        }
        int warmups = quick ? 1 : 2;
        int warmupSeconds = 1;
        int iterations = iterationsAsked != null ? iterationsAsked : quick ? 1 : 5;
        int iterationSeconds = quick ? 1 : 2;
        String references = IdentificationReferences.resolve(IdentificationReferences.AUTO);
        String buildSettings = "; index build: " + buildIterations(quick) + " single shot" + (buildIterations(quick) == 1 ? "" : "s")
                + ", no warmup"
                + "; identification against " + references;
        String settings = "JMH average time (identify: sampled), " + warmups + " warmup x " + warmupSeconds + " s, "
                + iterations + " iterations x " + iterationSeconds + " s, 1 fork each" + buildSettings;

        String loadBefore = loadAverage();
        String loadBeforeEndPeak = "n/a";
        TensorFlowDevices devices = TensorFlowDevices.probe();
        System.out.println(devices);
        System.out.println("Identification benchmarks index " + references + " (the shared galleries where "
                + SharedDatasets.sharedFolder().resolve("datasets") + " has them, synthetic designs otherwise)");

        Path absolute = result.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        // Each benchmark's mode is its own annotation's: average time, sampled for identify (its median).
        ChainedOptionsBuilder options = timedOptions(warmups, warmupSeconds, iterations, iterationSeconds)
                .include(include)
                .exclude(INDEX_BUILD)
                .param(BenchmarkKeys.REFERENCES, references);
        boolean peak = needsPeak(include);
        List<RunResult> results = new ArrayList<>();
        if (peak) {
            results.addAll(new Runner(peakOptions(MatmulPeakBenchmark.START, warmups, warmupSeconds, iterations,
                    iterationSeconds).build()).run());
        }
        options.exclude(MATMUL_PEAK);
        results.addAll(runAllowingNone(options));
        // The index build takes a minute or more: a couple of single shots, not timed iterations.
        if (Pattern.compile(include).matcher(IndexBuildBenchmark.class.getName() + ".build").find()) {
            ChainedOptionsBuilder build = new OptionsBuilder()
                    .include(INDEX_BUILD)
                    .mode(Mode.SingleShotTime)
                    .timeUnit(TimeUnit.MILLISECONDS)
                    .warmupIterations(0)
                    .measurementIterations(buildIterations(quick))
                    .forks(1)
                    .param(BenchmarkKeys.REFERENCES, references)
                    .shouldFailOnError(true);
            results.addAll(new Runner(build.build()).run());
        }
        if (peak) {
            loadBeforeEndPeak = loadAverage();
            results.addAll(new Runner(peakOptions(MatmulPeakBenchmark.END, warmups, warmupSeconds, iterations,
                    iterationSeconds).build()).run());
        }
        if (results.isEmpty()) {
            System.err.println("no benchmark matches " + include);
            System.exit(2);
        }
        ResultFormatFactory.getInstance(ResultFormatType.JSON, absolute.toString()).writeOut(results);

        String loadAfter = loadAverage() + (peak ? " (before the closing peak measurement: " + loadBeforeEndPeak + ")" : "");
        RunConditions conditions = new RunConditions(devices.kind() + " " + devices.names(),
                Runtime.getRuntime().availableProcessors(),
                settings + (peak ? "; matmul peak measured at the start and again at the end of the run" : ""),
                loadBefore, loadAfter);
        String summary = SummaryTable.render(Measurements.of(results), conditions);
        System.out.println();
        System.out.println(summary);
        Path summaryFile = absolute.resolveSibling(baseName(absolute) + ".md");
        Files.writeString(summaryFile, summary);
        System.out.println("JMH results: " + absolute);
        System.out.println("Summary:     " + summaryFile);
    }

    /** Whether the run includes the peak or a benchmark read as a share of it. */
    private static boolean needsPeak(String include) {
        Pattern pattern = Pattern.compile(include);
        return Stream.of(MatmulPeakBenchmark.class, ForwardPassBenchmark.class, TrainingStepBenchmark.class)
                .anyMatch(c -> pattern.matcher(c.getName() + ".").find())
                || pattern.matcher(NETWORK_BENCHMARKS).find()
                || pattern.matcher(NETWORK_BENCHMARKS + "PrecisionBenchmark.").find();
    }

    /** The matmul peak, every size, labelled with the moment of the run it is measured at. */
    private static ChainedOptionsBuilder peakOptions(String moment, int warmups, int warmupSeconds, int iterations,
                                                     int iterationSeconds) {
        return timedOptions(warmups, warmupSeconds, iterations, iterationSeconds)
                .include(MATMUL_PEAK)
                .param("moment", moment);
    }

    /** The run's timing (warmup and measurement iterations, milliseconds, one fork), failing on any error. */
    private static ChainedOptionsBuilder timedOptions(int warmups, int warmupSeconds, int iterations, int iterationSeconds) {
        return new OptionsBuilder()
                .timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(warmupSeconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(iterationSeconds))
                .forks(1)
                .shouldFailOnError(true);
    }

    /** Builds of the index measured: two, one with {@code --quick}. */
    private static int buildIterations(boolean quick) {
        return quick ? 1 : 2;
    }

    /** The run's results; none when no benchmark matches (the include may name only the index build). */
    private static Collection<RunResult> runAllowingNone(ChainedOptionsBuilder options) throws RunnerException {
        try {
            return new Runner(options.build()).run();
        } catch (NoBenchmarksException e) {
            return List.of();
        }
    }

    private static String requireValue(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "n/a" where there is none. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
