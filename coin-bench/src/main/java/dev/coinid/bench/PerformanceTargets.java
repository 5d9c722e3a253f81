package dev.coinid.bench;

import dev.coinid.bench.match.IdentificationReferences;
import dev.coinid.bench.photo.AugmentationBenchmark;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.coinid.bench.BenchmarkKeys.AUGMENT;
import static dev.coinid.bench.BenchmarkKeys.BATCH;
import static dev.coinid.bench.BenchmarkKeys.BUNDLED_INDEX_LOAD;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY_ALL;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY_ALL_DECODE_AND_FIT;
import static dev.coinid.bench.BenchmarkKeys.CLASSIFY_ALL_FORWARD;
import static dev.coinid.bench.BenchmarkKeys.CROPS;
import static dev.coinid.bench.BenchmarkKeys.DECODE_TENSORFLOW;
import static dev.coinid.bench.BenchmarkKeys.DJL_FORWARD_AS_SHIPPED;
import static dev.coinid.bench.BenchmarkKeys.DJL_FORWARD_TUNED;
import static dev.coinid.bench.BenchmarkKeys.DJL_TRAIN_AS_SHIPPED;
import static dev.coinid.bench.BenchmarkKeys.DJL_TRAIN_TUNED;
import static dev.coinid.bench.BenchmarkKeys.FORWARD;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_ALL_FILES;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_DECODED;
import static dev.coinid.bench.BenchmarkKeys.IDENTIFY_FILES_ONE_BY_ONE;
import static dev.coinid.bench.BenchmarkKeys.INDEX_BUILD;
import static dev.coinid.bench.BenchmarkKeys.NETWORK;
import static dev.coinid.bench.BenchmarkKeys.PHONE_PHOTO;
import static dev.coinid.bench.BenchmarkKeys.REFERENCES;
import static dev.coinid.bench.BenchmarkKeys.TRAIN_STEP;

/**
 * The performance targets of issue 14 (and issue 6's augmentation share), and the identification
 * targets of issue 13, checked against one run's measurements. Every ratio compares figures of the
 * same run, so machine load shifts both sides alike; the percentage of the peak is against the best
 * of the run's peak measurements ({@link MatmulPeaks}); the identification targets are absolute
 * times on the run's machine. The network targets are on the library's default network, except the
 * comparison with DJL, whose peer implements the original experiment's seed CNN: that one is on
 * the seed network.
 */
public final class PerformanceTargets {

    /** The default network's forward pass at batch 32 must reach this share of the run's best matmul peak. */
    public static final double FORWARD_SHARE_OF_PEAK = 0.60;
    /** coinid must be at least this many times as fast as the best DJL run (on the seed network). */
    public static final double SPEED_VERSUS_DJL = 1.0;
    /** classify(12 MP JPEG) with the defaults may take at most this many fastest reduced-scale decodes of that JPEG. */
    public static final double CLASSIFY_IN_REDUCED_DECODES = 1.5;
    /** classifyAll must reach this share of the slower of decode+fit and forward, each measured alone. */
    public static final double CLASSIFY_ALL_SHARE = 0.8;
    /** Augmenting an image may cost at most this share of training on it. */
    public static final double AUGMENTATION_SHARE_OF_TRAINING = 0.10;

    /** identify(RgbImage) of a 400x400 photo against the ~450-picture index: the median call at most this long (ms). */
    public static final double IDENTIFY_MEDIAN_MILLIS = 100;
    /** identifyAll of a folder against the same files one after another on one thread: at least this many times faster. */
    public static final double IDENTIFY_ALL_SPEED_UP = 1.7;
    /** Loading the bundled index (every 2-euro design) from its jar: the median load at most this long (ms). */
    public static final double BUNDLED_INDEX_LOAD_MILLIS = 150;
    /** Building the index from both galleries may take at most this long (seconds). */
    public static final double INDEX_BUILD_SECONDS = 600;
    /**
     * The identification targets are for an index of about 450 pictures: a run on a synthetic
     * index of fewer pictures than this (a smoke run) is reported but not judged.
     */
    public static final int JUDGED_INDEX_PICTURES = 400;

    /** The batch of the forward-pass targets. */
    public static final int FORWARD_BATCH = 32;
    /** The batch of the training-step comparison with DJL: the seed recipe's batch size. */
    public static final int TRAIN_BATCH = BenchmarkedNetwork.seed().trainingBatch();
    /** The TensorFlow decode ratios that decode the JPEG at reduced scale. */
    public static final List<Integer> REDUCED_DECODE_RATIOS = List.of(2, 4, 8);

    private PerformanceTargets() {
    }

    /**
     * classifyAll and its two parts measured alone, in photos per second over the same folder.
     *
     * @param crops the photos in the folder
     * @param classifyAll classifyAll's rate
     * @param decodeAndFit decoding and fitting alone, all cores
     * @param forward the forward pass alone over the fitted photos, at classifyAll's batch size
     */
    public record ClassifyAllRates(int crops, double classifyAll, double decodeAndFit, double forward) {

        /** classifyAll over the slower of its parts: 1 would mean perfect overlap with nothing lost. */
        public double share() {
            return classifyAll / Math.min(decodeAndFit, forward);
        }
    }

    /** Every target, in the order. */
    public static List<TargetVerdict> check(Measurements m) {
        return List.of(forwardShareOfPeak(m), forwardVersusDjl(m), trainingVersusDjl(m), classifyPhone(m),
                classifyAllShare(m), augmentationShare(m), identifyMedian(m), indexBuild(m), bundledIndexLoad(m),
                identifyAllSpeedUp(m));
    }

    /** What an identification benchmark's references were, in words, from its key. */
    public static String describeReferences(String key) {
        String references = Measurements.param(key, REFERENCES).orElse("the bundled references");
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

    /** The attainable peak in GFLOP/s: the best of the run's matmul measurements, if any ran. */
    public static Optional<Double> peakGflops(Measurements m) {
        return MatmulPeaks.of(m).bestGflops();
    }

    /** The forward pass of network {@code network} ({@link BenchmarkedNetwork#name()}) at {@code batch}. */
    public static Optional<Timing> forward(Measurements m, String network, int batch) {
        return m.get(FORWARD, Map.of(NETWORK, network, BATCH, batch));
    }

    /** The training step of network {@code network} at {@code batch}. */
    public static Optional<Timing> trainStep(Measurements m, String network, int batch) {
        return m.get(TRAIN_STEP, Map.of(NETWORK, network, BATCH, batch));
    }

    /** classify(Path) of {@code photo} with network {@code network}'s classifier. */
    public static Optional<Timing> classify(Measurements m, String network, String photo) {
        return m.get(CLASSIFY, Map.of(NETWORK, network, "photo", photo));
    }

    /** The fastest reduced-scale TensorFlow decode of the 12 MP JPEG in the run, with its ratio. */
    public static Optional<Map.Entry<Integer, Timing>> fastestReducedDecode(Measurements m) {
        return REDUCED_DECODE_RATIOS.stream()
                .flatMap(r -> m.get(DECODE_TENSORFLOW, "ratio", r).map(t -> Map.entry(r, t)).stream())
                .min(Comparator.comparingDouble(e -> e.getValue().bestMillisPerOp()));
    }

    /** classifyAll and its parts, when all three ran over the same folder. */
    public static Optional<ClassifyAllRates> classifyAllRates(Measurements m) {
        Optional<Map.Entry<String, Timing>> all = m.only(CLASSIFY_ALL);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> crops = Measurements.param(all.get().getKey(), CROPS);
        if (crops.isEmpty()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(crops.get());
        Optional<Timing> decode = m.get(CLASSIFY_ALL_DECODE_AND_FIT, CROPS, n);
        Optional<Timing> forward = m.get(CLASSIFY_ALL_FORWARD, CROPS, n);
        if (decode.isEmpty() || forward.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClassifyAllRates(n, all.get().getValue().itemsPerSecond(n), decode.get().itemsPerSecond(n),
                forward.get().itemsPerSecond(n)));
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
        String target = "default network forward b32 >= " + percent(FORWARD_SHARE_OF_PEAK) + " of the best matmul peak";
        Optional<Timing> forward = forward(m, BenchmarkedNetwork.DEFAULT, FORWARD_BATCH);
        Optional<Double> peak = peakGflops(m);
        if (forward.isEmpty() || peak.isEmpty()) {
            return notMeasured(target);
        }
        double flops = (double) FORWARD_BATCH * BenchmarkedNetwork.defaults().forwardFlopsPerImage();
        double gflops = forward.get().gflopsPerSecond(flops);
        double share = gflops / peak.get();
        return verdict(target, format("%.1f of %.1f GFLOP/s = %s", gflops, peak.get(), percent(share)),
                share >= FORWARD_SHARE_OF_PEAK);
    }

    private static TargetVerdict forwardVersusDjl(Measurements m) {
        return versusDjl(m, "forward b32", forward(m, BenchmarkedNetwork.SEED, FORWARD_BATCH),
                DJL_FORWARD_AS_SHIPPED, DJL_FORWARD_TUNED, FORWARD_BATCH);
    }

    private static TargetVerdict trainingVersusDjl(Measurements m) {
        return versusDjl(m, "train step b" + TRAIN_BATCH, trainStep(m, BenchmarkedNetwork.SEED, TRAIN_BATCH),
                DJL_TRAIN_AS_SHIPPED, DJL_TRAIN_TUNED, TRAIN_BATCH);
    }

    private static TargetVerdict versusDjl(Measurements m, String what, Optional<Timing> ours, String asShipped,
                                           String tuned, int batch) {
        String target = "coinid >= " + format("%.1f", SPEED_VERSUS_DJL) + "x DJL (best run), seed CNN " + what;
        Optional<Double> peer = bestDjlImagesPerSecond(m, asShipped, tuned, batch);
        if (ours.isEmpty() || peer.isEmpty()) {
            return notMeasured(target);
        }
        double ratio = ours.get().itemsPerSecond(batch) / peer.get();
        return verdict(target, format("%.1f vs %.1f img/s = %.2fx", ours.get().itemsPerSecond(batch), peer.get(), ratio),
                ratio >= SPEED_VERSUS_DJL);
    }

    private static TargetVerdict classifyPhone(Measurements m) {
        String target = "classify(12 MP JPEG), defaults, <= " + format("%.1f", CLASSIFY_IN_REDUCED_DECODES)
                + "x the fastest reduced-scale decode";
        Optional<Timing> classify = classify(m, BenchmarkedNetwork.DEFAULT, PHONE_PHOTO);
        Optional<Map.Entry<Integer, Timing>> decode = fastestReducedDecode(m);
        if (classify.isEmpty() || decode.isEmpty()) {
            return notMeasured(target);
        }
        double decodeMillis = decode.get().getValue().bestMillisPerOp();
        double ratio = classify.get().bestMillisPerOp() / decodeMillis;
        return verdict(target, format("%.1f ms vs %.1f ms (ratio %d) = %.2fx", classify.get().bestMillisPerOp(),
                decodeMillis, decode.get().getKey(), ratio), ratio <= CLASSIFY_IN_REDUCED_DECODES);
    }

    private static TargetVerdict classifyAllShare(Measurements m) {
        String target = "classifyAll >= " + format("%.1f", CLASSIFY_ALL_SHARE) + "x min(decode+fit, forward) alone";
        Optional<ClassifyAllRates> rates = classifyAllRates(m);
        if (rates.isEmpty()) {
            return notMeasured(target);
        }
        ClassifyAllRates r = rates.get();
        return verdict(target, format("%.1f vs min(%.1f, %.1f) photos/s = %.2fx (%d crops)", r.classifyAll(),
                r.decodeAndFit(), r.forward(), r.share(), r.crops()), r.share() >= CLASSIFY_ALL_SHARE);
    }

    private static TargetVerdict augmentationShare(Measurements m) {
        String target = "seed augmentation < " + percent(AUGMENTATION_SHARE_OF_TRAINING) + " of seed train-step time per image";
        int augmentBatch = AugmentationBenchmark.BATCH;
        Optional<Timing> augment = m.get(AUGMENT, "batch", augmentBatch);
        Optional<Timing> train = trainStep(m, BenchmarkedNetwork.SEED, TRAIN_BATCH);
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
        String measured = typicalCall(t) + " (" + describeReferences(identify.get().getKey()) + ")";
        return judged(target, measured, typicalMillis(t) <= IDENTIFY_MEDIAN_MILLIS, identify.get().getKey());
    }

    private static TargetVerdict identifyAllSpeedUp(Measurements m) {
        String target = "identifyAll of a folder >= " + format("%.1f", IDENTIFY_ALL_SPEED_UP)
                + "x faster than one file after another on 1 thread";
        Optional<Map.Entry<String, Timing>> all = m.only(IDENTIFY_ALL_FILES);
        Optional<Map.Entry<String, Timing>> oneByOne = m.only(IDENTIFY_FILES_ONE_BY_ONE);
        if (all.isEmpty() || oneByOne.isEmpty()) {
            return notMeasured(target);
        }
        double speedUp = typicalMillis(oneByOne.get().getValue()) / typicalMillis(all.get().getValue());
        String measured = format("%.0f vs %.0f ms a folder = %.2fx (%s)", typicalMillis(all.get().getValue()),
                typicalMillis(oneByOne.get().getValue()), speedUp, describeReferences(all.get().getKey()));
        return verdict(target, measured, speedUp >= IDENTIFY_ALL_SPEED_UP);
    }

    private static TargetVerdict bundledIndexLoad(Measurements m) {
        String target = "bundled index load from its jar, median <= " + format("%.0f", BUNDLED_INDEX_LOAD_MILLIS)
                + " ms, 1 thread";
        Optional<Map.Entry<String, Timing>> load = m.only(BUNDLED_INDEX_LOAD);
        if (load.isEmpty()) {
            return notMeasured(target);
        }
        Timing t = load.get().getValue();
        return verdict(target, typicalCall(t), typicalMillis(t) <= BUNDLED_INDEX_LOAD_MILLIS);
    }

    /** A sampled benchmark's median call in ms, or, where it was not sampled, its best iteration's mean. */
    private static double typicalMillis(Timing t) {
        return t.hasMedian() ? t.medianMillisPerOp() : t.bestMillisPerOp();
    }

    /** {@link #typicalMillis} in words: {@code 80.8 ms median}. */
    private static String typicalCall(Timing t) {
        return format("%.1f ms %s", typicalMillis(t), t.hasMedian() ? "median" : "best iteration mean");
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
