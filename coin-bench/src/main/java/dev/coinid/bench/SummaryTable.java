package dev.coinid.bench;

import dev.coinid.bench.photo.AugmentationBenchmark;
import dev.coinid.bench.network.MatmulPeakBenchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static dev.coinid.bench.BenchmarkKeys.AUGMENT;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY_REDUCED_SCALE;
import static dev.coinid.bench.BenchmarkKeys.CROP_PHOTO;
import static dev.coinid.bench.BenchmarkKeys.FIT_POLAR;
import static dev.coinid.bench.BenchmarkKeys.FIT_STRETCH;
import static dev.coinid.bench.BenchmarkKeys.DECODE_COINID;
import static dev.coinid.bench.BenchmarkKeys.DECODE_COMMONS_IMAGING;
import static dev.coinid.bench.BenchmarkKeys.DECODE_IMAGE_IO;
import static dev.coinid.bench.BenchmarkKeys.DECODE_TENSORFLOW;
import static dev.coinid.bench.BenchmarkKeys.DJL_FORWARD_AS_SHIPPED;
import static dev.coinid.bench.BenchmarkKeys.DJL_FORWARD_TUNED;
import static dev.coinid.bench.BenchmarkKeys.DJL_TRAIN_AS_SHIPPED;
import static dev.coinid.bench.BenchmarkKeys.DJL_TRAIN_TUNED;
import static dev.coinid.bench.BenchmarkKeys.FORWARD;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_DECODED;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_FILE;
import static dev.coinid.bench.BenchmarkKeys.INDEX_BUILD;
import static dev.coinid.bench.BenchmarkKeys.LEVER_ONE_INTER_OP_THREAD;
import static dev.coinid.bench.BenchmarkKeys.LEVER_ONE_THREAD;
import static dev.coinid.bench.BenchmarkKeys.LEVER_REUSED_TENSOR;
import static dev.coinid.bench.BenchmarkKeys.LEVER_TRAINING_GRAPH;
import static dev.coinid.bench.BenchmarkKeys.MATMUL_PEAK;
import static dev.coinid.bench.BenchmarkKeys.PHONE_PHOTO;
import static dev.coinid.bench.BenchmarkKeys.TRAIN_STEP;

/**
 * The human-readable summary of a run, in Markdown tables: the matmul peak; forward and training
 * throughput with GFLOP/s, percentage of the peak and the DJL peer side by side; the forward-pass
 * levers; classify next to the batch-1 forward; decoders; augmentation; identification; and the targets.
 * Benchmarks that did not run show as "-".
 */
public final class SummaryTable {

    private static final int[] FORWARD_BATCHES = {1, 8, 32, 128};
    private static final int[] TRAIN_BATCHES = {20, 64};
    private static final int[] DECODE_RATIOS = {1, 2, 4, 8};
    private static final String NONE = "-";

    private final Measurements m;
    private final RunConditions conditions;
    private final StringBuilder out = new StringBuilder();

    private SummaryTable(Measurements m, RunConditions conditions) {
        this.m = m;
        this.conditions = conditions;
    }

    /** The summary of {@code measurements} taken under {@code conditions}. */
    public static String render(Measurements measurements, RunConditions conditions) {
        return new SummaryTable(measurements, conditions).render();
    }

    private String render() {
        line("## coinid benchmarks");
        line("");
        line("TensorFlow on " + conditions.device() + ", " + conditions.cores() + " cores; " + conditions.settings() + ".");
        line("Load average (1/5/15 min) before: " + conditions.loadBefore() + ", after: " + conditions.loadAfter() + ".");
        line("Rates, GFLOP/s, shares and ratios use each benchmark's fastest measurement iteration (the least disturbed"
                + " by other processes); the mean and JMH's 99.9% error show how disturbed the run was.");
        line("Network: seed CNN at 128x128, " + gflop(BenchmarkedNetwork.forwardFlopsPerImage())
                + " GFLOP per image forward, " + gflop(BenchmarkedNetwork.trainingStepFlopsPerImage())
                + " per image training step (3x forward); both derived from the architecture.");
        line("");
        peak();
        network();
        levers();
        classify();
        decoding();
        fitting();
        augmentation();
        identification();
        targets();
        return out.toString();
    }

    private void peak() {
        Optional<Double> peak = PerformanceTargets.peakGflops(m);
        line("Attainable peak, " + MatmulPeakBenchmark.SIZE + "^3 float matmul through TensorFlow: "
                + peak.map(p -> fmt("%.1f GFLOP/s", p)).orElse(NONE)
                + m.get(MATMUL_PEAK).map(t -> fmt(" (best %.1f ms per matmul, mean %.1f)", t.bestMillisPerOp(), t.millisPerOp())).orElse(""));
        line("");
    }

    private void network() {
        String device = conditions.device().split(" ")[0];
        // the DJL peer ships with PyTorch's CPU library only: on a GPU run its figures stay CPU figures
        String peer = device.equals("CPU") ? "DJL" : "DJL on CPU";
        line("| " + device + " | batch | coinid ms/batch, best (mean ± err) | coinid img/s | GFLOP/s | % of peak "
                + "| " + peer + " as shipped img/s | " + peer + " tuned img/s | coinid / " + peer + " shipped | coinid / "
                + peer + " tuned |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int batch : FORWARD_BATCHES) {
            networkRow("forward", FORWARD, DJL_FORWARD_AS_SHIPPED, DJL_FORWARD_TUNED, batch,
                    BenchmarkedNetwork.forwardFlopsPerImage());
        }
        for (int batch : TRAIN_BATCHES) {
            networkRow("train step", TRAIN_STEP, DJL_TRAIN_AS_SHIPPED, DJL_TRAIN_TUNED, batch,
                    BenchmarkedNetwork.trainingStepFlopsPerImage());
        }
        line("");
    }

    private void networkRow(String what, String coinid, String asShipped, String tuned, int batch, long flopsPerImage) {
        Optional<Timing> ours = m.get(coinid, "batch", batch);
        Optional<Double> ourRate = ours.map(t -> t.itemsPerSecond(batch));
        Optional<Double> gflops = ours.map(t -> t.gflopsPerSecond((double) batch * flopsPerImage));
        Optional<Double> share = gflops.flatMap(g -> PerformanceTargets.peakGflops(m).map(p -> g / p));
        Optional<Double> shipped = m.get(asShipped, "batch", batch).map(t -> t.itemsPerSecond(batch));
        Optional<Double> better = m.get(tuned, "batch", batch).map(t -> t.itemsPerSecond(batch));
        line("| " + what + " | " + batch
                + " | " + show(ours, t -> millis(t))
                + " | " + show(ourRate, r -> fmt("%.1f", r))
                + " | " + show(gflops, g -> fmt("%.1f", g))
                + " | " + show(share, PerformanceTargets::percent)
                + " | " + show(shipped, r -> fmt("%.1f", r))
                + " | " + show(better, r -> fmt("%.1f", r))
                + " | " + ratio(ourRate, shipped)
                + " | " + ratio(ourRate, better) + " |");
    }

    private void levers() {
        Optional<Timing> baseline = m.get(FORWARD, "batch", 32);
        line("| forward b32, one lever changed | ms/batch, best (mean ± err) | img/s | speed vs engine forward b32 |");
        line("|---|---:|---:|---:|");
        leverRow("InferenceEngine.forward (baseline)", baseline, baseline);
        leverRow("exported graph, input tensor made once", m.get(LEVER_REUSED_TENSOR, "batch", 32), baseline);
        leverRow("same, session-own inter-op pool of 1 thread", m.get(LEVER_ONE_INTER_OP_THREAD, "batch", 32), baseline);
        leverRow("one intra-op thread (own JVM)", m.get(LEVER_ONE_THREAD, "batch", 32), baseline);
        leverRow("training engine's graph", m.get(LEVER_TRAINING_GRAPH, "batch", 32), baseline);
        line("");
    }

    private void leverRow(String what, Optional<Timing> timing, Optional<Timing> baseline) {
        line("| " + what + " | " + show(timing, t -> millis(t))
                + " | " + show(timing, t -> fmt("%.1f", t.itemsPerSecond(32)))
                + " | " + ratio(timing.map(Timing::perSecond), baseline.map(Timing::perSecond)) + " |");
    }

    private void classify() {
        Optional<Timing> forward = m.get(FORWARD, "batch", 1);
        line("| end to end | ms, best (mean ± err) | x batch-1 forward (" + show(forward, t -> fmt("%.1f ms", t.bestMillisPerOp())) + ") |");
        line("|---|---:|---:|");
        classifyRow("classify(Path), 12 MP phone JPEG 4000x3000", m.get(CLASSIFY, "photo", PHONE_PHOTO), forward);
        classifyRow("classify(Path), 256x256 crop JPEG", m.get(CLASSIFY, "photo", CROP_PHOTO), forward);
        classifyRow("prototype: 12 MP decoded at reduced scale (TF) + resize + forward",
                m.get(CLASSIFY_REDUCED_SCALE, "photo", PHONE_PHOTO), forward);
        line("");
    }

    private void classifyRow(String what, Optional<Timing> timing, Optional<Timing> forward) {
        line("| " + what + " | " + show(timing, t -> millis(t))
                + " | " + ratio(timing.map(Timing::bestMillisPerOp), forward.map(Timing::bestMillisPerOp)) + " |");
    }

    private void decoding() {
        Optional<Timing> imageIo = m.get(DECODE_IMAGE_IO, "photo", PHONE_PHOTO);
        line("| decode the 12 MP JPEG | output | ms, best (mean ± err) | speed vs ImageIO |");
        line("|---|---|---:|---:|");
        decodeRow("Commons Imaging", "4000x3000", m.get(DECODE_COMMONS_IMAGING, "photo", PHONE_PHOTO), imageIo);
        decodeRow("ImageIO", "4000x3000", imageIo, imageIo);
        decodeRow("coinid ImageDecoder (ImageIO + checks + EXIF)", "4000x3000",
                m.get(DECODE_COINID, "photo", PHONE_PHOTO), imageIo);
        for (int ratio : DECODE_RATIOS) {
            decodeRow("TensorFlow decodeJpeg, ratio " + ratio, (4000 / ratio) + "x" + (3000 / ratio),
                    m.get(DECODE_TENSORFLOW, "ratio", ratio), imageIo);
        }
        line("");
    }

    private void decodeRow(String what, String size, Optional<Timing> timing, Optional<Timing> imageIo) {
        line("| " + what + " | " + size + " | " + show(timing, t -> millis(t))
                + " | " + ratio(imageIo.map(Timing::bestMillisPerOp), timing.map(Timing::bestMillisPerOp)) + " |");
    }

    private void fitting() {
        line("| fit a decoded photo to the input | photo | ms, best (mean ± err) | x the stretch |");
        line("|---|---|---:|---:|");
        for (String photo : List.of(CROP_PHOTO, PHONE_PHOTO)) {
            Optional<Timing> stretch = m.get(FIT_STRETCH, "photo", photo);
            fitRow("stretch to 128x128 (Preprocessing.seed())", photo, stretch, stretch);
            fitRow("find and unwrap the coin to 128x32 (Preprocessing.polar())", photo, m.get(FIT_POLAR, "photo", photo),
                    stretch);
        }
        line("");
    }

    private void fitRow(String what, String photo, Optional<Timing> timing, Optional<Timing> stretch) {
        line("| " + what + " | " + photo + " | " + show(timing, t -> millis(t))
                + " | " + ratio(timing.map(Timing::bestMillisPerOp), stretch.map(Timing::bestMillisPerOp)) + " |");
    }

    private void augmentation() {
        int batch = AugmentationBenchmark.BATCH;
        Optional<Timing> augment = m.get(AUGMENT, "batch", batch);
        Optional<Timing> train = m.get(TRAIN_STEP, "batch", PerformanceTargets.TRAIN_BATCH);
        line("| augmentation, seed preset, 128x128 | ms/batch of " + batch + ", best (mean ± err) | img/s | ms/image | train step b"
                + PerformanceTargets.TRAIN_BATCH + " ms/image | share |");
        line("|---|---:|---:|---:|---:|---:|");
        Optional<Double> perImage = augment.map(t -> t.millisPerItem(batch));
        Optional<Double> trainPerImage = train.map(t -> t.millisPerItem(PerformanceTargets.TRAIN_BATCH));
        line("| BatchAugmenter, all cores | " + show(augment, t -> millis(t))
                + " | " + show(augment, t -> fmt("%.0f", t.itemsPerSecond(batch)))
                + " | " + show(perImage, v -> fmt("%.2f", v))
                + " | " + show(trainPerImage, v -> fmt("%.2f", v))
                + " | " + show(perImage.flatMap(a -> trainPerImage.map(t -> a / t)), PerformanceTargets::percent) + " |");
        line("");
    }

    private void identification() {
        line("| identification (coin-match DesignIndex) | references | median | best iteration (mean ± err) |");
        line("|---|---|---:|---:|");
        identificationRow("identify(RgbImage), decoded 400x400 photos in turn, 1 thread", m.only(IDENTIFY_DECODED), 1);
        identificationRow("identify(Path), one 400x400 JPEG, decoding included, 1 thread", m.only(IDENTIFY_FILE), 1);
        identificationRow("index build from the reference folders (s), all cores", m.only(INDEX_BUILD), 1000);
        line("");
    }

    /** A row in milliseconds ({@code unitMillis} 1) or seconds (1000). */
    private void identificationRow(String what, Optional<Map.Entry<String, Timing>> result, double unitMillis) {
        Optional<Timing> timing = result.map(Map.Entry::getValue);
        line("| " + what + " | " + show(result, e -> PerformanceTargets.describeReferences(e.getKey()))
                + " | " + show(timing.filter(Timing::hasMedian), t -> fmt("%.1f", t.medianMillisPerOp() / unitMillis))
                + " | " + show(timing, t -> fmt("%.1f (%.1f ± %.1f)", t.bestMillisPerOp() / unitMillis,
                t.millisPerOp() / unitMillis, (Double.isNaN(t.errorMillis()) ? 0 : t.errorMillis()) / unitMillis)) + " |");
    }

    private void targets() {
        line("| target | measured | verdict |");
        line("|---|---|---|");
        List<TargetVerdict> verdicts = PerformanceTargets.check(m);
        for (TargetVerdict v : verdicts) {
            String verdict = switch (v.outcome()) {
                case MET -> "met";
                case MISSED -> "**missed**";
                case NOT_MEASURED -> "not measured";
            };
            line("| " + v.target() + " | " + v.measured() + " | " + verdict + " |");
        }
    }

    /** "best (mean ± error)" in milliseconds. */
    private static String millis(Timing t) {
        double error = Double.isNaN(t.errorMillis()) ? 0 : t.errorMillis();
        return fmt("%.1f (%.1f ± %.1f)", t.bestMillisPerOp(), t.millisPerOp(), error);
    }

    private static String ratio(Optional<Double> numerator, Optional<Double> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return NONE;
        }
        return fmt("%.2fx", numerator.get() / denominator.get());
    }

    private static <T> String show(Optional<T> value, Function<T, String> format) {
        return value.map(format).orElse(NONE);
    }

    private static String gflop(long flops) {
        return fmt("%.3f", flops / 1e9);
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
