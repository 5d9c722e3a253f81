package dev.coinid.bench;

import dev.coinid.bench.match.IdentificationReferences;
import dev.coinid.bench.network.MatmulPeakBenchmark;
import dev.coinid.bench.photo.AugmentationBenchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.coinid.bench.BenchmarkKeys.AUGMENT;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY;
import static dev.coinid.bench.BenchmarkKeys.DJL_FORWARD_AS_SHIPPED;
import static dev.coinid.bench.BenchmarkKeys.DJL_FORWARD_TUNED;
import static dev.coinid.bench.BenchmarkKeys.DJL_TRAIN_AS_SHIPPED;
import static dev.coinid.bench.BenchmarkKeys.DJL_TRAIN_TUNED;
import static dev.coinid.bench.BenchmarkKeys.FORWARD;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_DECODED;
import static dev.coinid.bench.BenchmarkKeys.INDEX_BUILD;
import static dev.coinid.bench.BenchmarkKeys.MATMUL_PEAK;
import static dev.coinid.bench.BenchmarkKeys.PHONE_PHOTO;
import static dev.coinid.bench.BenchmarkKeys.REFERENCES;
import static dev.coinid.bench.BenchmarkKeys.TRAIN_STEP;

/**
 * The performance targets of issue 6, and the identification targets of issue 13, checked against
 * one run's measurements. Every ratio compares figures of the same run, so machine load shifts
 * both sides alike; the identification targets are absolute times on the run's machine.
 */
public final class PerformanceTargets {

    /** Forward batch 32 must reach this share of the matmul peak. */
    public static final double FORWARD_SHARE_OF_PEAK = 0.55;
    /** coinid must be at least this many times as fast as the best DJL run. */
    public static final double SPEED_VERSUS_DJL = 1.0;
    /** classify(12 MP JPEG) may take at most this many batch-1 forward passes. */
    public static final double CLASSIFY_IN_FORWARD_PASSES = 3.0;
    /** Augmenting an image may cost at most this share of training on it. */
    public static final double AUGMENTATION_SHARE_OF_TRAINING = 0.10;

    /** identify(RgbImage) of a 400x400 photo against the ~450-picture index: the median call at most this long (ms). */
    public static final double IDENTIFY_MEDIAN_MILLIS = 100;
    /** Building the index from both galleries may take at most this long (seconds). */
    public static final double INDEX_BUILD_SECONDS = 600;
    /**
     * The identification targets are for an index of about 450 pictures: a run on a synthetic
     * index of fewer pictures than this (a smoke run) is reported but not judged.
     */
    public static final int JUDGED_INDEX_PICTURES = 400;

    /** The batch of the forward-pass targets. */
    public static final int FORWARD_BATCH = 32;
    /** The batch of the training-step targets (training's default batch size). */
    public static final int TRAIN_BATCH = 20;

    private PerformanceTargets() {
    }

    /** Every target, in the order. */
    public static List<TargetVerdict> check(Measurements m) {
        return List.of(forwardShareOfPeak(m), forwardVersusDjl(m), trainingVersusDjl(m), classifyPhone(m),
                augmentationShare(m), identifyMedian(m), indexBuild(m));
    }

    /** What an identification benchmark's references were, in words, from its key. */
    public static String describeReferences(String key) {
        String references = Measurements.param(key, REFERENCES).orElse("?");
        OptionalInt synthetic = IdentificationReferences.syntheticPictures(references);
        if (synthetic.isPresent()) {
            return synthetic.getAsInt() + " synthetic designs";
        }
        return IdentificationReferences.GALLERIES.equals(references) ? "both shared galleries" : references;
    }

    /** Whether an identification benchmark's index was the size the targets are for (not a small smoke index). */
    static boolean judgedIndex(String key) {
        OptionalInt synthetic = IdentificationReferences.syntheticPictures(Measurements.param(key, REFERENCES).orElse(""));
        return synthetic.isEmpty() || synthetic.getAsInt() >= JUDGED_INDEX_PICTURES;
    }

    /** The attainable peak in GFLOP/s, if the matmul ran. */
    public static Optional<Double> peakGflops(Measurements m) {
        return m.get(MATMUL_PEAK).map(t -> t.gflopsPerSecond(MatmulPeakBenchmark.FLOPS));
    }

    /** The best images per second of the DJL peer (as shipped or tuned) for a benchmark pair at {@code batch}. */
    public static Optional<Double> bestDjlImagesPerSecond(Measurements m, String asShipped, String tuned, int batch) {
        Optional<Double> shipped = m.get(asShipped, "batch", batch).map(t -> t.itemsPerSecond(batch));
        Optional<Double> better = m.get(tuned, "batch", batch).map(t -> t.itemsPerSecond(batch));
        if (shipped.isPresent() && better.isPresent()) {
            return Optional.of(Math.max(shipped.get(), better.get()));
        }
        return shipped.or(() -> better);
    }

    private static TargetVerdict forwardShareOfPeak(Measurements m) {
        String target = "forward b32 >= " + percent(FORWARD_SHARE_OF_PEAK) + " of the matmul peak";
        Optional<Timing> forward = m.get(FORWARD, "batch", FORWARD_BATCH);
        Optional<Double> peak = peakGflops(m);
        if (forward.isEmpty() || peak.isEmpty()) {
            return notMeasured(target);
        }
        double gflops = forward.get().gflopsPerSecond((double) FORWARD_BATCH * BenchmarkedNetwork.forwardFlopsPerImage());
        double share = gflops / peak.get();
        return verdict(target, format("%.1f of %.1f GFLOP/s = %s", gflops, peak.get(), percent(share)),
                share >= FORWARD_SHARE_OF_PEAK);
    }

    private static TargetVerdict forwardVersusDjl(Measurements m) {
        return versusDjl(m, "forward b32", FORWARD, DJL_FORWARD_AS_SHIPPED, DJL_FORWARD_TUNED, FORWARD_BATCH);
    }

    private static TargetVerdict trainingVersusDjl(Measurements m) {
        return versusDjl(m, "train step b20", TRAIN_STEP, DJL_TRAIN_AS_SHIPPED, DJL_TRAIN_TUNED, TRAIN_BATCH);
    }

    private static TargetVerdict versusDjl(Measurements m, String what, String coinid, String asShipped, String tuned,
                                           int batch) {
        String target = "coinid >= " + format("%.1f", SPEED_VERSUS_DJL) + "x DJL (best run), " + what;
        Optional<Timing> ours = m.get(coinid, "batch", batch);
        Optional<Double> peer = bestDjlImagesPerSecond(m, asShipped, tuned, batch);
        if (ours.isEmpty() || peer.isEmpty()) {
            return notMeasured(target);
        }
        double ratio = ours.get().itemsPerSecond(batch) / peer.get();
        return verdict(target, format("%.1f vs %.1f img/s = %.2fx", ours.get().itemsPerSecond(batch), peer.get(), ratio),
                ratio >= SPEED_VERSUS_DJL);
    }

    private static TargetVerdict classifyPhone(Measurements m) {
        String target = "classify(12 MP JPEG) <= " + format("%.0f", CLASSIFY_IN_FORWARD_PASSES) + "x batch-1 forward";
        Optional<Timing> classify = m.get(CLASSIFY, "photo", PHONE_PHOTO);
        Optional<Timing> forward = m.get(FORWARD, "batch", 1);
        if (classify.isEmpty() || forward.isEmpty()) {
            return notMeasured(target);
        }
        double ratio = classify.get().bestMillisPerOp() / forward.get().bestMillisPerOp();
        return verdict(target, format("%.1f ms vs %.1f ms = %.1fx", classify.get().bestMillisPerOp(),
                forward.get().bestMillisPerOp(), ratio), ratio <= CLASSIFY_IN_FORWARD_PASSES);
    }

    private static TargetVerdict augmentationShare(Measurements m) {
        String target = "augmentation < " + percent(AUGMENTATION_SHARE_OF_TRAINING) + " of train-step time per image";
        int augmentBatch = AugmentationBenchmark.BATCH;
        Optional<Timing> augment = m.get(AUGMENT, "batch", augmentBatch);
        Optional<Timing> train = m.get(TRAIN_STEP, "batch", TRAIN_BATCH);
        if (augment.isEmpty() || train.isEmpty()) {
            return notMeasured(target);
        }
        double augmentPerImage = augment.get().millisPerItem(augmentBatch);
        double trainPerImage = train.get().millisPerItem(TRAIN_BATCH);
        double share = augmentPerImage / trainPerImage;
        return verdict(target, format("%.2f vs %.2f ms/image = %s", augmentPerImage, trainPerImage, percent(share)),
                share < AUGMENTATION_SHARE_OF_TRAINING);
    }

    private static TargetVerdict identifyMedian(Measurements m) {
        String target = "identify(400x400 photo) vs ~450-picture index, median <= " + format("%.0f", IDENTIFY_MEDIAN_MILLIS)
                + " ms, 1 thread";
        Optional<Map.Entry<String, Timing>> identify = m.only(IDENTIFY_DECODED);
        if (identify.isEmpty()) {
            return notMeasured(target);
        }
        Timing t = identify.get().getValue();
        double millis = t.hasMedian() ? t.medianMillisPerOp() : t.bestMillisPerOp();
        String measured = format("%.1f ms %s (%s)", millis, t.hasMedian() ? "median" : "best iteration mean",
                describeReferences(identify.get().getKey()));
        return judged(target, measured, millis <= IDENTIFY_MEDIAN_MILLIS, identify.get().getKey());
    }

    private static TargetVerdict indexBuild(Measurements m) {
        String target = "index build from both galleries <= " + format("%.0f", INDEX_BUILD_SECONDS) + " s";
        Optional<Map.Entry<String, Timing>> build = m.only(INDEX_BUILD);
        if (build.isEmpty()) {
            return notMeasured(target);
        }
        double seconds = build.get().getValue().bestMillisPerOp() / 1000;
        String measured = format("%.1f s, fastest build (%s)", seconds, describeReferences(build.get().getKey()));
        return judged(target, measured, seconds <= INDEX_BUILD_SECONDS, build.get().getKey());
    }

    /** A verdict, or "not measured" with the figure when the index was too small for the target. */
    private static TargetVerdict judged(String target, String measured, boolean met, String key) {
        if (!judgedIndex(key)) {
            return new TargetVerdict(target, measured + ", too small an index to judge", TargetVerdict.Outcome.NOT_MEASURED);
        }
        return verdict(target, measured, met);
    }

    private static TargetVerdict verdict(String target, String measured, boolean met) {
        return new TargetVerdict(target, measured, met ? TargetVerdict.Outcome.MET : TargetVerdict.Outcome.MISSED);
    }

    private static TargetVerdict notMeasured(String target) {
        return new TargetVerdict(target, "not run", TargetVerdict.Outcome.NOT_MEASURED);
    }

    static String percent(double share) {
        return format("%.0f%%", 100 * share);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
