package dev.coinid.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every benchmark but the DJL peer once, briefly and in this JVM, so a benchmark that no
 * longer runs fails the build instead of rotting until the next full run. The identification
 * benchmarks run in their own modes (sampled, single shot) against a small synthetic index
 * ({@value #SMOKE_REFERENCES}), so they take seconds, not the minutes of the 450-picture index;
 * classifyAll reads a folder of {@value #SMOKE_CROPS} crops instead of 1,000.
 */
@Tag("slow")
class BenchmarkSmokeTest {

    private static final String SMOKE_REFERENCES = "synthetic-12";
    /** Crops in classifyAll's folder: enough for two batches and a partial one, in seconds. */
    private static final String SMOKE_CROPS = "80";

    @Test
    void everyBenchmarkRunsAndMeasuresAPositiveTime() throws RunnerException {
        List<RunResult> results = new ArrayList<>(new Runner(new OptionsBuilder()
                .include("dev\\.coinid\\.bench\\.(network|photo)\\..*")
                .mode(Mode.AverageTime)
                .param(BenchmarkKeys.CROPS, SMOKE_CROPS)
                .timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .forks(0)
                .shouldFailOnError(true)
                .build()).run());
        results.addAll(new Runner(new OptionsBuilder()
                .include("dev\\.coinid\\.bench\\.match\\..*")
                .timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .forks(0)
                .param(BenchmarkKeys.REFERENCES, SMOKE_REFERENCES)
                .shouldFailOnError(true)
                .build()).run());

        Measurements measurements = Measurements.of(results);
        List<String> expected = new ArrayList<>();
        for (String network : List.of(BenchmarkedNetwork.DEFAULT, BenchmarkedNetwork.SEED)) {
            for (String batch : List.of("1", "8", "32", "128")) {
                expected.add(Measurements.key(BenchmarkKeys.FORWARD, Map.of(BenchmarkKeys.NETWORK, network, BenchmarkKeys.BATCH, batch)));
            }
            for (String batch : List.of("20", "32", "64")) {
                expected.add(Measurements.key(BenchmarkKeys.TRAIN_STEP, Map.of(BenchmarkKeys.NETWORK, network, BenchmarkKeys.BATCH, batch)));
            }
            for (String photo : List.of(BenchmarkKeys.PHONE_PHOTO, BenchmarkKeys.CROP_PHOTO)) {
                expected.add(Measurements.key(BenchmarkKeys.CLASSIFY, Map.of(BenchmarkKeys.NETWORK, network, "photo", photo)));
            }
        }
        expected.addAll(List.of(
                Measurements.key(BenchmarkKeys.MATMUL_PEAK, Map.of("size", "2048", "moment", "start")),
                Measurements.key(BenchmarkKeys.MATMUL_PEAK, Map.of("size", "3072", "moment", "start")),
                key(BenchmarkKeys.LEVER_REUSED_TENSOR, "batch", "32"),
                key(BenchmarkKeys.LEVER_ONE_INTER_OP_THREAD, "batch", "32"),
                key(BenchmarkKeys.LEVER_ONE_THREAD, "batch", "32"),
                key(BenchmarkKeys.LEVER_TRAINING_GRAPH, "batch", "32"),
                key(BenchmarkKeys.CLASSIFY_ALL, BenchmarkKeys.CROPS, SMOKE_CROPS),
                key(BenchmarkKeys.CLASSIFY_ALL_DECODE_AND_FIT, BenchmarkKeys.CROPS, SMOKE_CROPS),
                key(BenchmarkKeys.CLASSIFY_ALL_FORWARD, BenchmarkKeys.CROPS, SMOKE_CROPS),
                key(BenchmarkKeys.DECODE_COMMONS_IMAGING, "photo", BenchmarkKeys.PHONE_PHOTO),
                key(BenchmarkKeys.DECODE_IMAGE_IO, "photo", BenchmarkKeys.PHONE_PHOTO),
                key(BenchmarkKeys.DECODE_COINID, "photo", BenchmarkKeys.PHONE_PHOTO),
                key(BenchmarkKeys.DECODE_TENSORFLOW, "ratio", "1"),
                key(BenchmarkKeys.DECODE_TENSORFLOW, "ratio", "2"),
                key(BenchmarkKeys.DECODE_TENSORFLOW, "ratio", "4"),
                key(BenchmarkKeys.DECODE_TENSORFLOW, "ratio", "8"),
                key(BenchmarkKeys.AUGMENT, "batch", "32"),
                key(BenchmarkKeys.FIT_POLAR, "photo", BenchmarkKeys.CROP_PHOTO),
                key(BenchmarkKeys.FIT_POLAR, "photo", BenchmarkKeys.PHONE_PHOTO),
                key(BenchmarkKeys.FIT_STRETCH, "photo", BenchmarkKeys.CROP_PHOTO),
                key(BenchmarkKeys.FIT_STRETCH, "photo", BenchmarkKeys.PHONE_PHOTO),
                key(BenchmarkKeys.IDENTIFY_DECODED, BenchmarkKeys.REFERENCES, SMOKE_REFERENCES),
                key(BenchmarkKeys.IDENTIFY_DECODED_UNVERIFIED, BenchmarkKeys.REFERENCES, SMOKE_REFERENCES),
                BenchmarkKeys.FIND_COINS,
                BenchmarkKeys.IDENTIFY_EVERY_FILE,
                key(BenchmarkKeys.IDENTIFY_FILE, BenchmarkKeys.REFERENCES, SMOKE_REFERENCES),
                key(BenchmarkKeys.IDENTIFY_PHONE_JPEG, BenchmarkKeys.REFERENCES, SMOKE_REFERENCES),
                key(BenchmarkKeys.IDENTIFY_PHONE_JPEG_IN_FULL, BenchmarkKeys.REFERENCES, SMOKE_REFERENCES),
                key(BenchmarkKeys.IDENTIFY_ALL_FILES, BenchmarkKeys.REFERENCES, SMOKE_REFERENCES),
                key(BenchmarkKeys.IDENTIFY_FILES_ONE_BY_ONE, BenchmarkKeys.REFERENCES, SMOKE_REFERENCES),
                key(BenchmarkKeys.INDEX_BUILD, BenchmarkKeys.REFERENCES, SMOKE_REFERENCES),
                BenchmarkKeys.BUNDLED_INDEX_LOAD));
        // every benchmark above ran; the only others allowed are the precision benchmark's, whose
        // parameters its own class decides, and which must then measure both precisions of both methods
        assertThat(measurements.all().keySet()).containsAll(expected);
        assertThat(measurements.all().keySet()).filteredOn(k -> !expected.contains(k))
                .allSatisfy(k -> assertThat(k).startsWith("PrecisionBenchmark."));
        if (classExists("dev.coinid.bench.network.PrecisionBenchmark")) {
            for (String method : List.of(BenchmarkKeys.PRECISION_FORWARD, BenchmarkKeys.PRECISION_TRAIN)) {
                for (String precision : List.of("float32", "bfloat16")) {
                    assertThat(measurements.matching(method, Map.of(BenchmarkKeys.PRECISION, precision)))
                            .as(method + " in " + precision).isPresent();
                }
            }
        }
        assertThat(measurements.all().values()).allSatisfy(t -> assertThat(t.millisPerOp()).isPositive());
        // identify is sampled: its median call is known
        assertThat(measurements.only(BenchmarkKeys.IDENTIFY_DECODED)).hasValueSatisfying(
                e -> assertThat(e.getValue().medianMillisPerOp()).isPositive());

        // every target that needs only coinid's benchmarks gets a verdict; the DJL ones wait for the djl profile,
        // and the identification ones are measured on the small smoke index but not judged (the bundled index's
        // load is judged: it is the real index)
        List<TargetVerdict> verdicts = PerformanceTargets.check(measurements);
        assertThat(verdicts)
                .filteredOn(v -> !v.target().contains("DJL") && !v.target().contains("index"))
                .allSatisfy(v -> assertThat(v.outcome()).isNotEqualTo(TargetVerdict.Outcome.NOT_MEASURED));
        assertThat(verdicts)
                .filteredOn(v -> v.target().startsWith("bundled index load"))
                .singleElement().satisfies(v -> assertThat(v.outcome()).isNotEqualTo(TargetVerdict.Outcome.NOT_MEASURED));
        assertThat(verdicts)
                .filteredOn(v -> v.target().contains("index") && !v.target().startsWith("bundled index load"))
                .hasSize(2)
                .allSatisfy(v -> assertThat(v.measured()).contains("(12 synthetic designs)").endsWith("too small an index to judge"));
        assertThat(SummaryTable.render(measurements, new RunConditions("CPU", 2, "smoke", "-", "-")))
                .contains("| identify(RgbImage), decoded 400x400 photos in turn, 1 thread | 12 synthetic designs | ")
                .contains("classifyAll / min(decode + fit, forward): ")
                .doesNotContain("classifyAll / min(decode + fit, forward): -");
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String key(String benchmark, String param, String value) {
        return Measurements.key(benchmark, Map.of(param, value));
    }
}
