package dev.coinid.bench;

import dev.coinid.bench.photo.AugmentationBenchmark;
import dev.coinid.bench.photo.ClassifyAllBenchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import static dev.coinid.bench.BenchmarkKeys.AUGMENT;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY_ALL;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY_ALL_DECODE_AND_FIT;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY_ALL_FORWARD;
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
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_DECODED;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_ALL_FILES;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_FILE;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_FILES_ONE_BY_ONE;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_PHONE_JPEG;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_PHONE_JPEG_IN_FULL;
import static dev.coinid.bench.BenchmarkKeys.BUNDLED_INDEX_LOAD;
import static dev.coinid.bench.BenchmarkKeys.INDEX_BUILD;
import static dev.coinid.bench.BenchmarkKeys.LEVER_ONE_INTER_OP_THREAD;
import static dev.coinid.bench.BenchmarkKeys.LEVER_ONE_THREAD;
import static dev.coinid.bench.BenchmarkKeys.LEVER_REUSED_TENSOR;
import static dev.coinid.bench.BenchmarkKeys.LEVER_TRAINING_GRAPH;
import static dev.coinid.bench.BenchmarkKeys.PHONE_PHOTO;

/**
 * The human-readable summary of a run, in Markdown tables: the matmul peak measurements (flagged
 * when they disagree); forward and training throughput of the default and the seed network with
 * GFLOP/s, percentage of the best peak and the DJL peer beside the seed rows; bfloat16 against
 * float32 when it ran; the forward-pass levers; classify next to the batch-1 forward and the
 * fastest reduced-scale decode; classifyAll next to its parts; decoders; fitting; augmentation;
 * identification; and the targets. Benchmarks that did not run show as "-".
 */
public final class SummaryTable {

    private static final int[] FORWARD_BATCHES = {1, 8, 32, 128};
    private static final int[] TRAIN_BATCHES = {20, 32, 64};
    private static final int[] DECODE_RATIOS = {1, 2, 4, 8};
    private static final List<BenchmarkedNetwork> NETWORKS = List.of(BenchmarkedNetwork.defaults(), BenchmarkedNetwork.seed());
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
        for (BenchmarkedNetwork network : NETWORKS) {
            line("Network `" + network.name() + "`: " + describe(network) + ", " + gflop(network.forwardFlopsPerImage())
                    + " GFLOP per image forward, " + gflop(network.trainingStepFlopsPerImage())
                    + " per image training step (3x forward); both derived from the architecture.");
        }
        line("");
        peak();
        network();
        precision();
        levers();
        classify();
        classifyAll();
        decoding();
        fitting();
        augmentation();
        identification();
        targets();
        return out.toString();
    }

    private static String describe(BenchmarkedNetwork network) {
        return (network.name().equals(BenchmarkedNetwork.DEFAULT) ? "the library's default, " : "the original experiment's, ")
                + network.architecture().name() + " on " + network.inputSize() + " (" + network.preprocessing().fit()
                + ", " + network.preprocessing().normalization() + "), " + network.classes() + " classes";
    }

    private void peak() {
        MatmulPeaks peaks = MatmulPeaks.of(m);
        line("| matmul peak through TensorFlow | size | measured | ms per matmul, best (mean ± err) | GFLOP/s |");
        line("|---|---:|---|---:|---:|");
        for (MatmulPeaks.Peak p : peaks.peaks()) {
            Optional<Timing> t = m.get(BenchmarkKeys.MATMUL_PEAK, Map.of("size", p.size(), "moment", p.moment()));
            line("| float, n^3 | " + p.size() + " | at the " + p.moment() + " of the run | " + show(t, SummaryTable::millis)
                    + " | " + fmt("%.1f", p.gflops()) + " |");
        }
        if (peaks.peaks().isEmpty()) {
            line("| float, n^3 | - | - | - | - |");
        }
        line("");
        line("Peak used for every share: " + peaks.best().map(p -> fmt("%.1f GFLOP/s (%d^3, %s of the run), the best measurement",
                p.gflops(), p.size(), p.moment())).orElse(NONE) + ".");
        OptionalDouble spread = peaks.disagreement();
        if (peaks.disagree()) {
            line("");
            line("**WARNING: the peak measurements of one size disagree by " + PerformanceTargets.percent(spread.getAsDouble())
                    + " (more than " + PerformanceTargets.percent(MatmulPeaks.DISAGREEMENT) + "): the machine was busy"
                    + " during part of this run. Shares are against the best measurement; rerun on a quiet machine"
                    + " before trusting the other figures.**");
        } else if (spread.isPresent()) {
            line("The peak measurements of each size agree within " + PerformanceTargets.percent(spread.getAsDouble())
                    + " (flagged above " + PerformanceTargets.percent(MatmulPeaks.DISAGREEMENT) + ").");
        } else {
            line("The peak was not measured twice at one size in this run: whether the machine stayed quiet is unknown.");
        }
        line("");
    }

    private void network() {
        String device = conditions.device().split(" ")[0];
        // the DJL peer ships with PyTorch's CPU library only: on a GPU run its figures stay CPU figures
        String peer = device.equals("CPU") ? "DJL" : "DJL on CPU";
        line("| " + device + " | network | batch | coinid ms/batch, best (mean ± err) | coinid img/s | GFLOP/s | % of peak "
                + "| " + peer + " as shipped img/s | " + peer + " tuned img/s | coinid / " + peer + " shipped | coinid / "
                + peer + " tuned |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (BenchmarkedNetwork network : NETWORKS) {
            // the DJL peer implements the seed CNN only
            boolean peerRows = network.name().equals(BenchmarkedNetwork.SEED);
            for (int batch : FORWARD_BATCHES) {
                networkRow("forward", network, PerformanceTargets.forward(m, network.name(), batch),
                        peerRows ? DJL_FORWARD_AS_SHIPPED : null, DJL_FORWARD_TUNED, batch, network.forwardFlopsPerImage());
            }
            for (int batch : TRAIN_BATCHES) {
                networkRow("train step", network, PerformanceTargets.trainStep(m, network.name(), batch),
                        peerRows ? DJL_TRAIN_AS_SHIPPED : null, DJL_TRAIN_TUNED, batch, network.trainingStepFlopsPerImage());
            }
        }
        line("");
        line("The DJL peer implements the seed CNN: it is compared on the seed rows only.");
        line("");
    }

    /** A row; {@code asShipped} null when the peer has no such network (the DJL columns show "-"). */
    private void networkRow(String what, BenchmarkedNetwork network, Optional<Timing> ours, String asShipped, String tuned,
                            int batch, long flopsPerImage) {
        Optional<Double> ourRate = ours.map(t -> t.itemsPerSecond(batch));
        Optional<Double> gflops = ours.map(t -> t.gflopsPerSecond((double) batch * flopsPerImage));
        Optional<Double> share = gflops.flatMap(g -> PerformanceTargets.peakGflops(m).map(p -> g / p));
        Optional<Double> shipped = asShipped == null ? Optional.empty()
                : m.get(asShipped, "batch", batch).map(t -> t.itemsPerSecond(batch));
        Optional<Double> better = asShipped == null ? Optional.empty()
                : m.get(tuned, "batch", batch).map(t -> t.itemsPerSecond(batch));
        line("| " + what + " | " + network.name() + " | " + batch
                + " | " + show(ours, SummaryTable::millis)
                + " | " + show(ourRate, r -> fmt("%.1f", r))
                + " | " + show(gflops, g -> fmt("%.1f", g))
                + " | " + show(share, PerformanceTargets::percent)
                + " | " + show(shipped, r -> fmt("%.1f", r))
                + " | " + show(better, r -> fmt("%.1f", r))
                + " | " + ratio(ourRate, shipped)
                + " | " + ratio(ourRate, better) + " |");
    }

    /** bfloat16 against float32 on the default network, when the precision benchmark ran. */
    private void precision() {
        if (m.all().keySet().stream().noneMatch(k -> k.startsWith(BenchmarkKeys.PRECISION_FORWARD)
                || k.startsWith(BenchmarkKeys.PRECISION_TRAIN))) {
            return;
        }
        line("| precision, default network b32 | float32 ms, best (mean ± err) | bfloat16 ms, best (mean ± err) | bfloat16 speed-up |");
        line("|---|---:|---:|---:|");
        precisionRow("forward", BenchmarkKeys.PRECISION_FORWARD);
        precisionRow("training step", BenchmarkKeys.PRECISION_TRAIN);
        line("");
    }

    private void precisionRow(String what, String benchmark) {
        Optional<Timing> single = m.matching(benchmark, Map.of(BenchmarkKeys.PRECISION, "float32")).map(Map.Entry::getValue);
        Optional<Timing> half = m.matching(benchmark, Map.of(BenchmarkKeys.PRECISION, "bfloat16")).map(Map.Entry::getValue);
        line("| " + what + " | " + show(single, SummaryTable::millis) + " | " + show(half, SummaryTable::millis)
                + " | " + ratio(single.map(Timing::bestMillisPerOp), half.map(Timing::bestMillisPerOp)) + " |");
    }

    private void levers() {
        line("| forward b32, one lever changed | network | ms/batch, best (mean ± err) | img/s | speed vs engine forward b32 |");
        line("|---|---|---:|---:|---:|");
        leverRow("exported graph, input tensor made once", LEVER_REUSED_TENSOR);
        leverRow("same, session-own inter-op pool of 1 thread", LEVER_ONE_INTER_OP_THREAD);
        leverRow("one intra-op thread (own JVM)", LEVER_ONE_THREAD);
        leverRow("training engine's graph", LEVER_TRAINING_GRAPH);
        line("");
    }

    /**
     * A row per network the lever ran on, against the engine's forward b32 of that network (the
     * lever's {@code network} parameter; the seed where it has none); one row of "-" where it did not run.
     */
    private void leverRow(String what, String benchmark) {
        int batch = PerformanceTargets.FORWARD_BATCH;
        List<Map.Entry<String, Timing>> runs = m.all().entrySet().stream()
                .filter(e -> e.getKey().startsWith(benchmark + "["))
                .filter(e -> Measurements.param(e.getKey(), BenchmarkKeys.BATCH).equals(Optional.of(String.valueOf(batch))))
                .sorted(Map.Entry.comparingByKey())
                .toList();
        if (runs.isEmpty()) {
            line("| " + what + " | - | - | - | - |");
        }
        for (Map.Entry<String, Timing> run : runs) {
            String network = Measurements.param(run.getKey(), BenchmarkKeys.NETWORK).orElse(BenchmarkedNetwork.SEED);
            Timing timing = run.getValue();
            Optional<Timing> baseline = PerformanceTargets.forward(m, network, batch);
            line("| " + what + " | " + network + " | " + millis(timing) + " | " + fmt("%.1f", timing.itemsPerSecond(batch))
                    + " | " + ratio(Optional.of(timing.perSecond()), baseline.map(Timing::perSecond)) + " |");
        }
    }

    private void classify() {
        Optional<Map.Entry<Integer, Timing>> decode = PerformanceTargets.fastestReducedDecode(m);
        line("| end to end | network | ms, best (mean ± err) | x batch-1 forward of that network | x fastest reduced-scale decode ("
                + show(decode, e -> fmt("ratio %d, %.1f ms", e.getKey(), e.getValue().bestMillisPerOp())) + ") |");
        line("|---|---|---:|---:|---:|");
        for (BenchmarkedNetwork network : NETWORKS) {
            Optional<Timing> forward = PerformanceTargets.forward(m, network.name(), 1);
            classifyRow("classify(Path), 12 MP phone JPEG 4000x3000", network.name(),
                    PerformanceTargets.classify(m, network.name(), PHONE_PHOTO), forward, decode);
            classifyRow("classify(Path), 256x256 crop JPEG", network.name(),
                    PerformanceTargets.classify(m, network.name(), CROP_PHOTO), forward, decode);
        }
        line("");
    }

    private void classifyRow(String what, String network, Optional<Timing> timing, Optional<Timing> forward,
                             Optional<Map.Entry<Integer, Timing>> decode) {
        line("| " + what + " | " + network + " | " + show(timing, SummaryTable::millis)
                + " | " + ratio(timing.map(Timing::bestMillisPerOp), forward.map(Timing::bestMillisPerOp))
                + " | " + ratio(timing.map(Timing::bestMillisPerOp), decode.map(e -> e.getValue().bestMillisPerOp())) + " |");
    }

    private void classifyAll() {
        Optional<Map.Entry<String, Timing>> all = m.only(CLASSIFY_ALL);
        int crops = all.flatMap(e -> Measurements.param(e.getKey(), BenchmarkKeys.CROPS)).map(Integer::parseInt).orElse(0);
        line("| classifyAll, defaults, over a folder of " + (crops > 0 ? crops : NONE) + " 256x256 JPEG crops"
                + " | ms per folder, best (mean ± err) | photos/s |");
        line("|---|---:|---:|");
        classifyAllRow("classifyAll(List<Path>), end to end", all.map(Map.Entry::getValue), crops);
        classifyAllRow("decode + fit alone, all cores", m.get(CLASSIFY_ALL_DECODE_AND_FIT, BenchmarkKeys.CROPS, crops), crops);
        classifyAllRow("forward alone over the fitted crops, batches of " + ClassifyAllBenchmark.CLASSIFY_ALL_BATCH,
                m.get(CLASSIFY_ALL_FORWARD, BenchmarkKeys.CROPS, crops), crops);
        line("");
        line("classifyAll / min(decode + fit, forward): " + show(PerformanceTargets.classifyAllRates(m),
                r -> fmt("%.2fx", r.share())) + " (1.00x: the two overlap perfectly).");
        line("");
    }

    private void classifyAllRow(String what, Optional<Timing> timing, int crops) {
        line("| " + what + " | " + show(timing, SummaryTable::millis) + " | " + show(timing, t -> fmt("%.1f", t.itemsPerSecond(crops))) + " |");
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
        line("| " + what + " | " + size + " | " + show(timing, SummaryTable::millis)
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
        line("| " + what + " | " + photo + " | " + show(timing, SummaryTable::millis)
                + " | " + ratio(timing.map(Timing::bestMillisPerOp), stretch.map(Timing::bestMillisPerOp)) + " |");
    }

    private void augmentation() {
        int batch = AugmentationBenchmark.BATCH;
        Optional<Timing> augment = m.get(AUGMENT, "batch", batch);
        Optional<Timing> train = PerformanceTargets.trainStep(m, BenchmarkedNetwork.SEED, PerformanceTargets.TRAIN_BATCH);
        line("| augmentation, seed preset, 128x128 | ms/batch of " + batch + ", best (mean ± err) | img/s | ms/image | seed train step b"
                + PerformanceTargets.TRAIN_BATCH + " ms/image | share |");
        line("|---|---:|---:|---:|---:|---:|");
        Optional<Double> perImage = augment.map(t -> t.millisPerItem(batch));
        Optional<Double> trainPerImage = train.map(t -> t.millisPerItem(PerformanceTargets.TRAIN_BATCH));
        line("| BatchAugmenter, all cores | " + show(augment, SummaryTable::millis)
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
        identificationRow("identify(Path), a 12 MP JPEG read at reduced scale, 1 thread", m.only(IDENTIFY_PHONE_JPEG), 1);
        identificationRow("identify of the same 12 MP JPEG decoded in full, 1 thread", m.only(IDENTIFY_PHONE_JPEG_IN_FULL), 1);
        identificationRow("identifyAll of the query files, all cores", m.only(IDENTIFY_ALL_FILES), 1);
        identificationRow("the same files one after another, 1 thread", m.only(IDENTIFY_FILES_ONE_BY_ONE), 1);
        identificationRow("index build from the reference folders (s), all cores", m.only(INDEX_BUILD), 1000);
        identificationRow("bundled index load from its jar (every 2-euro design), 1 thread", m.only(BUNDLED_INDEX_LOAD), 1);
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
