package dev.coinid.bench;

import dev.coinid.bench.network.MatmulPeakBenchmark;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PerformanceTargetsTest {

    /** A matmul taking this long runs at exactly 100 GFLOP/s. */
    private static final double PEAK_100_GFLOPS_MS = MatmulPeakBenchmark.FLOPS / 1e8;

    @Test
    void networkCostIsDerivedFromTheArchitectureAsTheIssueStatesIt() {
        assertThat(BenchmarkedNetwork.forwardFlopsPerImage() / 1e9).isCloseTo(0.479, within(0.0005));
        assertThat(BenchmarkedNetwork.trainingStepFlopsPerImage()).isEqualTo(3 * BenchmarkedNetwork.forwardFlopsPerImage());
    }

    @Test
    void forwardShareOfPeakIsForwardGflopsOverMatmulGflops() {
        // 32 images at 60 GFLOP/s against a 100 GFLOP/s peak: 60%
        double forwardMs = 32 * BenchmarkedNetwork.forwardFlopsPerImage() / 60e9 * 1000;
        Measurements m = measurements(Map.of(
                BenchmarkKeys.MATMUL_PEAK, PEAK_100_GFLOPS_MS,
                key(BenchmarkKeys.FORWARD, "batch", 32), forwardMs));

        TargetVerdict verdict = PerformanceTargets.check(m).get(0);

        assertThat(PerformanceTargets.peakGflops(m)).hasValueSatisfying(p -> assertThat(p).isCloseTo(100, within(1e-9)));
        assertThat(verdict.outcome()).isEqualTo(TargetVerdict.Outcome.MET);
        assertThat(verdict.measured()).endsWith("= 60%");
    }

    @Test
    void forwardBelowTheShareIsMissed() {
        double forwardMs = 32 * BenchmarkedNetwork.forwardFlopsPerImage() / 50e9 * 1000;
        Measurements m = measurements(Map.of(
                BenchmarkKeys.MATMUL_PEAK, PEAK_100_GFLOPS_MS,
                key(BenchmarkKeys.FORWARD, "batch", 32), forwardMs));

        assertThat(PerformanceTargets.check(m).get(0).outcome()).isEqualTo(TargetVerdict.Outcome.MISSED);
    }

    @Test
    void coinidIsComparedWithTheFasterOfTheTwoDjlRuns() {
        Measurements m = measurements(Map.of(
                key(BenchmarkKeys.FORWARD, "batch", 32), 100.0,          // 320 img/s
                key(BenchmarkKeys.DJL_FORWARD_AS_SHIPPED, "batch", 32), 400.0, // 80 img/s
                key(BenchmarkKeys.DJL_FORWARD_TUNED, "batch", 32), 80.0,  // 400 img/s
                key(BenchmarkKeys.TRAIN_STEP, "batch", 20), 100.0,
                key(BenchmarkKeys.DJL_TRAIN_AS_SHIPPED, "batch", 20), 150.0));

        List<TargetVerdict> verdicts = PerformanceTargets.check(m);

        assertThat(verdicts.get(1).outcome()).isEqualTo(TargetVerdict.Outcome.MISSED);
        assertThat(verdicts.get(1).measured()).endsWith("= 0.80x");
        assertThat(verdicts.get(2).outcome()).isEqualTo(TargetVerdict.Outcome.MET);
        assertThat(verdicts.get(2).measured()).endsWith("= 1.50x");
    }

    @Test
    void classifyIsMeasuredInBatchOneForwardPasses() {
        Measurements m = measurements(Map.of(
                key(BenchmarkKeys.CLASSIFY, "photo", BenchmarkKeys.PHONE_PHOTO), 40.0,
                key(BenchmarkKeys.FORWARD, "batch", 1), 10.0));

        TargetVerdict verdict = PerformanceTargets.check(m).get(3);

        assertThat(verdict.outcome()).isEqualTo(TargetVerdict.Outcome.MISSED);
        assertThat(verdict.measured()).endsWith("= 4.0x");
    }

    @Test
    void augmentationIsComparedPerImageWithTheTrainingStep() {
        // 32 images in 16 ms = 0.5 ms each; a step of 20 in 200 ms = 10 ms each: 5%
        Measurements m = measurements(Map.of(
                key(BenchmarkKeys.AUGMENT, "batch", 32), 16.0,
                key(BenchmarkKeys.TRAIN_STEP, "batch", 20), 200.0));

        TargetVerdict verdict = PerformanceTargets.check(m).get(4);

        assertThat(verdict.outcome()).isEqualTo(TargetVerdict.Outcome.MET);
        assertThat(verdict.measured()).endsWith("= 5%");
    }

    @Test
    void ratesComeFromTheFastestIterationNotTheMean() {
        Timing disturbed = new Timing(200, 150, 100);

        assertThat(disturbed.itemsPerSecond(32)).isCloseTo(320, within(1e-9));
        assertThat(disturbed.millisPerItem(32)).isCloseTo(100 / 32.0, within(1e-12));
    }

    @Test
    void aFastestIterationSlowerThanTheMeanIsRejected() {
        assertThatThrownBy(() -> new Timing(100, 0, 120)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetsWhoseBenchmarksDidNotRunAreNotMeasured() {
        assertThat(PerformanceTargets.check(measurements(Map.of())))
                .extracting(TargetVerdict::outcome)
                .containsOnly(TargetVerdict.Outcome.NOT_MEASURED);
    }

    @Test
    void summaryShowsThePeerRatiosAndMarksMissingBenchmarks() {
        Measurements m = measurements(Map.of(
                BenchmarkKeys.MATMUL_PEAK, PEAK_100_GFLOPS_MS,
                key(BenchmarkKeys.FORWARD, "batch", 32), 100.0,
                key(BenchmarkKeys.DJL_FORWARD_TUNED, "batch", 32), 200.0));

        String summary = SummaryTable.render(m, new RunConditions("CPU [cpu:0]", 2, "test settings", "1 1 1", "2 2 2"));

        assertThat(summary)
                .contains("100.0 GFLOP/s")
                .contains("| forward | 32 | 100.0 (100.0 ± 0.0) | 320.0 |")
                .contains("| 160.0 | - | 2.00x |")
                .contains("| train step | 64 | - |")
                .contains("before: 1 1 1, after: 2 2 2");
    }

    private static String key(String benchmark, String param, Object value) {
        return Measurements.key(benchmark, Map.of(param, String.valueOf(value)));
    }

    private static Measurements measurements(Map<String, Double> millis) {
        Map<String, Timing> timings = new HashMap<>();
        millis.forEach((k, v) -> timings.put(k, Timing.steady(v)));
        return Measurements.of(timings);
    }
}
