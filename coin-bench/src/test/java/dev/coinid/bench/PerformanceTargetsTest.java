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
    void identifyIsJudgedOnItsMedianCallAgainstTheGalleries() {
        Map<String, Timing> timings = new HashMap<>();
        // mean 120 ms (a few slow calls), median 90 ms: the median decides
        timings.put(key(BenchmarkKeys.IDENTIFY_DECODED, BenchmarkKeys.REFERENCES, "galleries"), new Timing(120, 10, 110, 90));
        timings.put(key(BenchmarkKeys.INDEX_BUILD, BenchmarkKeys.REFERENCES, "galleries"), new Timing(700_000, 0, 650_000));

        List<TargetVerdict> verdicts = PerformanceTargets.check(Measurements.of(timings));

        assertThat(verdicts.get(5).outcome()).isEqualTo(TargetVerdict.Outcome.MET);
        assertThat(verdicts.get(5).measured()).isEqualTo("90.0 ms median (both shared galleries)");
        assertThat(verdicts.get(6).outcome()).isEqualTo(TargetVerdict.Outcome.MISSED);
        assertThat(verdicts.get(6).measured()).isEqualTo("650.0 s, fastest build (both shared galleries)");
    }

    @Test
    void identificationOnASmallSyntheticIndexIsReportedButNotJudged() {
        Map<String, Timing> timings = new HashMap<>();
        timings.put(key(BenchmarkKeys.IDENTIFY_DECODED, BenchmarkKeys.REFERENCES, "synthetic-24"), new Timing(20, 1, 19, 18));
        timings.put(key(BenchmarkKeys.INDEX_BUILD, BenchmarkKeys.REFERENCES, "synthetic-450"), Timing.steady(90_000));

        List<TargetVerdict> verdicts = PerformanceTargets.check(Measurements.of(timings));

        assertThat(verdicts.get(5).outcome()).isEqualTo(TargetVerdict.Outcome.NOT_MEASURED);
        assertThat(verdicts.get(5).measured()).isEqualTo("18.0 ms median (24 synthetic designs), too small an index to judge");
        assertThat(verdicts.get(6).outcome()).isEqualTo(TargetVerdict.Outcome.MET);
    }

    @Test
    void summaryShowsIdentificationInMillisecondsAndTheBuildInSeconds() {
        Map<String, Timing> timings = new HashMap<>();
        timings.put(key(BenchmarkKeys.IDENTIFY_DECODED, BenchmarkKeys.REFERENCES, "galleries"), new Timing(120, 10, 110, 90));
        timings.put(key(BenchmarkKeys.INDEX_BUILD, BenchmarkKeys.REFERENCES, "galleries"), new Timing(70_000, 5_000, 65_000));

        String summary = SummaryTable.render(Measurements.of(timings), new RunConditions("CPU", 2, "test", "1 1 1", "2 2 2"));

        assertThat(summary)
                .contains("| identify(RgbImage), decoded 400x400 photos in turn, 1 thread | both shared galleries | 90.0 | 110.0 (120.0 ± 10.0) |")
                .contains("| identify(Path), one 400x400 JPEG, decoding included, 1 thread | - | - | - |")
                .contains("| index build from the reference folders (s), all cores | both shared galleries | - | 65.0 (70.0 ± 5.0) |");
    }

    @Test
    void parametersAreReadBackFromKeys() {
        String k = Measurements.key("IdentifyBenchmark.identifyDecoded", Map.of("references", "synthetic-450"));

        assertThat(Measurements.param(k, "references")).hasValue("synthetic-450");
        assertThat(Measurements.param(k, "batch")).isEmpty();
        assertThat(Measurements.param("MatmulPeakBenchmark.matmul", "references")).isEmpty();
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
