package dev.coinid.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every benchmark but the DJL peer once, briefly and in this JVM, so a benchmark that no
 * longer runs fails the build instead of rotting until the next full run.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsAndMeasuresAPositiveTime() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("dev\\.coinid\\.bench\\.(network|photo)\\..*")
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .forks(0)
                .shouldFailOnError(true)
                .build()).run();

        Measurements measurements = Measurements.of(results);
        List<String> expected = List.of(
                key(BenchmarkKeys.FORWARD, "batch", "1"),
                key(BenchmarkKeys.FORWARD, "batch", "8"),
                key(BenchmarkKeys.FORWARD, "batch", "32"),
                key(BenchmarkKeys.FORWARD, "batch", "128"),
                key(BenchmarkKeys.TRAIN_STEP, "batch", "20"),
                key(BenchmarkKeys.TRAIN_STEP, "batch", "64"),
                BenchmarkKeys.MATMUL_PEAK,
                key(BenchmarkKeys.LEVER_REUSED_TENSOR, "batch", "32"),
                key(BenchmarkKeys.LEVER_ONE_INTER_OP_THREAD, "batch", "32"),
                key(BenchmarkKeys.LEVER_ONE_THREAD, "batch", "32"),
                key(BenchmarkKeys.LEVER_TRAINING_GRAPH, "batch", "32"),
                key(BenchmarkKeys.CLASSIFY, "photo", BenchmarkKeys.PHONE_PHOTO),
                key(BenchmarkKeys.CLASSIFY, "photo", BenchmarkKeys.CROP_PHOTO),
                key(BenchmarkKeys.CLASSIFY_REDUCED_SCALE, "photo", BenchmarkKeys.PHONE_PHOTO),
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
                key(BenchmarkKeys.FIT_STRETCH, "photo", BenchmarkKeys.PHONE_PHOTO));
        assertThat(measurements.all().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(measurements.all().values()).allSatisfy(t -> assertThat(t.millisPerOp()).isPositive());

        // every target that needs only coinid's benchmarks gets a verdict; the DJL ones wait for the djl profile
        assertThat(PerformanceTargets.check(measurements))
                .filteredOn(v -> !v.target().contains("DJL"))
                .allSatisfy(v -> assertThat(v.outcome()).isNotEqualTo(TargetVerdict.Outcome.NOT_MEASURED));
    }

    private static String key(String benchmark, String param, String value) {
        return Measurements.key(benchmark, Map.of(param, value));
    }
}
