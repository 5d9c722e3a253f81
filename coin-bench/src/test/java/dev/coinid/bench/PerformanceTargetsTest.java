package dev.coinid.bench;

import dev.coinid.bench.network.MatmulPeakBenchmark;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.architecture.Architectures;
import dev.coinid.model.recipe.Recipe;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PerformanceTargetsTest {

    /** A 2048^3 matmul taking this long runs at exactly 100 GFLOP/s. */
    private static final double PEAK_100_GFLOPS_MS = MatmulPeakBenchmark.flops(2048) / 1e8;
    private static final String PEAK_START = Measurements.key(BenchmarkKeys.MATMUL_PEAK, Map.of("size", "2048", "moment", "start"));
    private static final String PEAK_END = Measurements.key(BenchmarkKeys.MATMUL_PEAK, Map.of("size", "2048", "moment", "end"));

    @Test
    void networkCostIsDerivedFromTheArchitectureAsTheIssueStatesIt() {
        BenchmarkedNetwork seed = BenchmarkedNetwork.seed();
        assertThat(seed.forwardFlopsPerImage() / 1e9).isCloseTo(0.479, within(0.0005));
        assertThat(seed.trainingStepFlopsPerImage()).isEqualTo(3 * seed.forwardFlopsPerImage());
        // the default: polar CNN on 32 radii by 128 angles, three channels in, eight classes out
        assertThat(BenchmarkedNetwork.defaults().forwardFlopsPerImage())
                .isEqualTo(Architectures.polarCnn().forwardFlops(32, 128, 3, 8));
    }

    @Test
    void theNetworksAreTheRecipesTheLibraryTrains() {
        assertThat(BenchmarkedNetwork.defaults().recipe()).isEqualTo(CoinClassifier.builder().recipe());
        assertThat(BenchmarkedNetwork.defaults().trainingBatch()).isEqualTo(32);
        assertThat(BenchmarkedNetwork.seed().recipe()).isEqualTo(Recipe.seed());
        assertThat(BenchmarkedNetwork.named("seed")).isEqualTo(BenchmarkedNetwork.seed());
        assertThatThrownBy(() -> BenchmarkedNetwork.named("vgg")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forwardShareOfPeakIsTheDefaultNetworksGflopsOverTheBestMatmul() {
        // 32 images of the default network at 60 GFLOP/s against a 100 GFLOP/s peak: 60%
        double forwardMs = 32 * BenchmarkedNetwork.defaults().forwardFlopsPerImage() / 60e9 * 1000;
        Measurements m = measurements(Map.of(
                PEAK_START, PEAK_100_GFLOPS_MS,
                PEAK_END, 2 * PEAK_100_GFLOPS_MS,
                forwardKey(BenchmarkedNetwork.DEFAULT, 32), forwardMs));

        TargetVerdict verdict = PerformanceTargets.check(m).get(0);

        assertThat(PerformanceTargets.peakGflops(m)).hasValueSatisfying(p -> assertThat(p).isCloseTo(100, within(1e-9)));
        assertThat(verdict.outcome()).isEqualTo(TargetVerdict.Outcome.MET);
        assertThat(verdict.measured()).endsWith("= 60%");
    }

    @Test
    void forwardBelowTheShareIsMissedAndTheSeedNetworkDoesNotCount() {
        double defaultMs = 32 * BenchmarkedNetwork.defaults().forwardFlopsPerImage() / 50e9 * 1000;
        double seedMs = 32 * BenchmarkedNetwork.seed().forwardFlopsPerImage() / 90e9 * 1000;
        Measurements m = measurements(Map.of(
                PEAK_START, PEAK_100_GFLOPS_MS,
                forwardKey(BenchmarkedNetwork.DEFAULT, 32), defaultMs,
                forwardKey(BenchmarkedNetwork.SEED, 32), seedMs));

        assertThat(PerformanceTargets.check(m).get(0).outcome()).isEqualTo(TargetVerdict.Outcome.MISSED);
    }

    @Test
    void peakMeasurementsThatDisagreeByMoreThanFifteenPercentAreFlagged() {
        // the same size at 100 and 80 GFLOP/s: 20% apart; another size is not compared with it
        Measurements m = measurements(Map.of(
                PEAK_START, PEAK_100_GFLOPS_MS,
                PEAK_END, PEAK_100_GFLOPS_MS / 0.8,
                Measurements.key(BenchmarkKeys.MATMUL_PEAK, Map.of("size", "3072", "moment", "start")),
                MatmulPeakBenchmark.flops(3072) / 50e9 * 1000));

        MatmulPeaks peaks = MatmulPeaks.of(m);

        assertThat(peaks.bestGflops()).hasValueSatisfying(p -> assertThat(p).isCloseTo(100, within(1e-9)));
        assertThat(peaks.disagreement().getAsDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(peaks.disagree()).isTrue();
        assertThat(SummaryTable.render(m, new RunConditions("CPU", 2, "test", "1 1 1", "2 2 2")))
                .contains("**WARNING: the peak measurements of one size disagree by 20% (more than 15%)")
                .contains("| float, n^3 | 2048 | at the end of the run | 214.7 (214.7 ± 0.0) | 80.0 |")
                .contains("Peak used for every share: 100.0 GFLOP/s (2048^3, start of the run)");
    }

    @Test
    void peakMeasurementsWithinFifteenPercentAreNotFlagged() {
        Measurements m = measurements(Map.of(
                PEAK_START, PEAK_100_GFLOPS_MS,
                PEAK_END, PEAK_100_GFLOPS_MS / 0.9));

        assertThat(MatmulPeaks.of(m).disagree()).isFalse();
        assertThat(SummaryTable.render(m, new RunConditions("CPU", 2, "test", "1 1 1", "2 2 2")))
                .doesNotContain("WARNING")
                .contains("agree within 10%");
    }

    @Test
    void coinidIsComparedWithTheFasterOfTheTwoDjlRunsOnTheSeedNetwork() {
        Measurements m = measurements(Map.of(
                forwardKey(BenchmarkedNetwork.SEED, 32), 100.0,          // 320 img/s
                forwardKey(BenchmarkedNetwork.DEFAULT, 32), 10.0,        // the default network is not the peer's
                key(BenchmarkKeys.DJL_FORWARD_AS_SHIPPED, "batch", 32), 400.0, // 80 img/s
                key(BenchmarkKeys.DJL_FORWARD_TUNED, "batch", 32), 80.0,  // 400 img/s
                trainKey(BenchmarkedNetwork.SEED, 20), 100.0,
                key(BenchmarkKeys.DJL_TRAIN_AS_SHIPPED, "batch", 20), 150.0));

        List<TargetVerdict> verdicts = PerformanceTargets.check(m);

        assertThat(verdicts.get(1).target()).contains("seed CNN forward b32");
        assertThat(verdicts.get(1).outcome()).isEqualTo(TargetVerdict.Outcome.MISSED);
        assertThat(verdicts.get(1).measured()).endsWith("= 0.80x");
        assertThat(verdicts.get(2).outcome()).isEqualTo(TargetVerdict.Outcome.MET);
        assertThat(verdicts.get(2).measured()).endsWith("= 1.50x");
    }

    @Test
    void classifyOfThePhoneJpegIsMeasuredInFastestReducedScaleDecodes() {
        Measurements m = measurements(Map.of(
                Measurements.key(BenchmarkKeys.CLASSIFY, Map.of("network", "default", "photo", BenchmarkKeys.PHONE_PHOTO)), 36.0,
                Measurements.key(BenchmarkKeys.CLASSIFY, Map.of("network", "seed", "photo", BenchmarkKeys.PHONE_PHOTO)), 10.0,
                key(BenchmarkKeys.DECODE_TENSORFLOW, "ratio", 1), 5.0,   // full scale: not a reduced decode
                key(BenchmarkKeys.DECODE_TENSORFLOW, "ratio", 2), 40.0,
                key(BenchmarkKeys.DECODE_TENSORFLOW, "ratio", 4), 20.0,
                key(BenchmarkKeys.DECODE_TENSORFLOW, "ratio", 8), 25.0));

        TargetVerdict verdict = PerformanceTargets.check(m).get(3);

        assertThat(verdict.outcome()).isEqualTo(TargetVerdict.Outcome.MISSED);
        assertThat(verdict.measured()).isEqualTo("36.0 ms vs 20.0 ms (ratio 4) = 1.80x");
    }

    @Test
    void classifyAllIsComparedWithTheSlowerOfItsPartsMeasuredAlone() {
        // 1000 crops: classifyAll 500/s, decode+fit 625/s, forward 2000/s: 500 / 625 = 0.80x
        Measurements m = measurements(Map.of(
                key(BenchmarkKeys.CLASSIFY_ALL, BenchmarkKeys.CROPS, 1000), 2000.0,
                key(BenchmarkKeys.CLASSIFY_ALL_DECODE_AND_FIT, BenchmarkKeys.CROPS, 1000), 1600.0,
                key(BenchmarkKeys.CLASSIFY_ALL_FORWARD, BenchmarkKeys.CROPS, 1000), 500.0));

        TargetVerdict verdict = PerformanceTargets.check(m).get(4);

        assertThat(verdict.outcome()).isEqualTo(TargetVerdict.Outcome.MET);
        assertThat(verdict.measured()).isEqualTo("500.0 vs min(625.0, 2000.0) photos/s = 0.80x (1000 crops)");
        assertThat(SummaryTable.render(m, new RunConditions("CPU", 2, "test", "1 1 1", "2 2 2")))
                .contains("| decode + fit alone, all cores | 1600.0 (1600.0 ± 0.0) | 625.0 |")
                .contains("classifyAll / min(decode + fit, forward): 0.80x");
    }

    @Test
    void precisionRowsAppearOnlyWhenThePrecisionBenchmarkRan() {
        RunConditions conditions = new RunConditions("CPU", 2, "test", "1 1 1", "2 2 2");
        Measurements without = measurements(Map.of(forwardKey(BenchmarkedNetwork.DEFAULT, 32), 10.0));
        Measurements with = measurements(Map.of(
                Measurements.key(BenchmarkKeys.PRECISION_FORWARD, Map.of("precision", "float32", "batch", "32")), 30.0,
                Measurements.key(BenchmarkKeys.PRECISION_FORWARD, Map.of("precision", "bfloat16", "batch", "32")), 20.0));

        assertThat(SummaryTable.render(without, conditions)).doesNotContain("bfloat16");
        assertThat(SummaryTable.render(with, conditions))
                .contains("| forward | 30.0 (30.0 ± 0.0) | 20.0 (20.0 ± 0.0) | 1.50x |")
                .contains("| training step | - | - | - |");
    }

    @Test
    void augmentationIsComparedPerImageWithTheTrainingStep() {
        // 32 images in 16 ms = 0.5 ms each; a step of 20 in 200 ms = 10 ms each: 5%
        Measurements m = measurements(Map.of(
                key(BenchmarkKeys.AUGMENT, "batch", 32), 16.0,
                trainKey(BenchmarkedNetwork.SEED, 20), 200.0));

        TargetVerdict verdict = PerformanceTargets.check(m).get(5);

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

        assertThat(verdicts.get(6).outcome()).isEqualTo(TargetVerdict.Outcome.MET);
        assertThat(verdicts.get(6).measured()).isEqualTo("90.0 ms median (both shared galleries)");
        assertThat(verdicts.get(7).outcome()).isEqualTo(TargetVerdict.Outcome.MISSED);
        assertThat(verdicts.get(7).measured()).isEqualTo("650.0 s, fastest build (both shared galleries)");
    }

    @Test
    void identifyAllOfAFolderIsJudgedByItsMedianAgainstOneFileAfterAnother() {
        Map<String, Timing> timings = new HashMap<>();
        timings.put(key(BenchmarkKeys.IDENTIFY_ALL_FILES, BenchmarkKeys.REFERENCES, "galleries"), new Timing(3000, 10, 2900, 2800));
        timings.put(key(BenchmarkKeys.IDENTIFY_FILES_ONE_BY_ONE, BenchmarkKeys.REFERENCES, "galleries"),
                new Timing(5200, 10, 5000, 5040));

        TargetVerdict verdict = PerformanceTargets.check(Measurements.of(timings)).get(9);

        assertThat(verdict.target()).startsWith("identifyAll of a folder >= 1.7x");
        assertThat(verdict.measured()).isEqualTo("2800 vs 5040 ms a folder = 1.80x (both shared galleries)");
        assertThat(verdict.outcome()).isEqualTo(TargetVerdict.Outcome.MET);
    }

    @Test
    void identificationOnASmallSyntheticIndexIsReportedButNotJudged() {
        Map<String, Timing> timings = new HashMap<>();
        timings.put(key(BenchmarkKeys.IDENTIFY_DECODED, BenchmarkKeys.REFERENCES, "synthetic-24"), new Timing(20, 1, 19, 18));
        timings.put(key(BenchmarkKeys.INDEX_BUILD, BenchmarkKeys.REFERENCES, "synthetic-450"), Timing.steady(90_000));

        List<TargetVerdict> verdicts = PerformanceTargets.check(Measurements.of(timings));

        assertThat(verdicts.get(6).outcome()).isEqualTo(TargetVerdict.Outcome.NOT_MEASURED);
        assertThat(verdicts.get(6).measured()).isEqualTo("18.0 ms median (24 synthetic designs), too small an index to judge");
        assertThat(verdicts.get(7).outcome()).isEqualTo(TargetVerdict.Outcome.MET);
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
    void summaryShowsThePeerRatiosOnTheSeedRowsAndMarksMissingBenchmarks() {
        Measurements m = measurements(Map.of(
                PEAK_START, PEAK_100_GFLOPS_MS,
                forwardKey(BenchmarkedNetwork.SEED, 32), 100.0,
                forwardKey(BenchmarkedNetwork.DEFAULT, 32), 100.0,
                key(BenchmarkKeys.DJL_FORWARD_TUNED, "batch", 32), 200.0));

        String summary = SummaryTable.render(m, new RunConditions("CPU [cpu:0]", 2, "test settings", "1 1 1", "2 2 2"));

        assertThat(summary)
                .contains("100.0 GFLOP/s")
                .contains("| forward | seed | 32 | 100.0 (100.0 ± 0.0) | 320.0 |")
                .contains("| 160.0 | - | 2.00x |")
                .contains("| forward | default | 32 | 100.0 (100.0 ± 0.0) | 320.0 |")
                .contains("| train step | seed | 64 | - |")
                .contains("before: 1 1 1, after: 2 2 2")
                .contains("not measured twice at one size");
        // the peer is the seed CNN: the default network's row has no DJL figures
        assertThat(summary.lines().filter(l -> l.startsWith("| forward | default | 32 |")).findFirst().orElseThrow())
                .endsWith("| - | - | - | - |");
    }

    private static String forwardKey(String network, int batch) {
        return Measurements.key(BenchmarkKeys.FORWARD, Map.of("network", network, "batch", String.valueOf(batch)));
    }

    private static String trainKey(String network, int batch) {
        return Measurements.key(BenchmarkKeys.TRAIN_STEP, Map.of("network", network, "batch", String.valueOf(batch)));
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
