package dev.coinid.bench;

import dev.coinid.bench.match.BundledIndexLoadBenchmark;
import dev.coinid.bench.match.EveryCoinBenchmark;
import dev.coinid.bench.match.IdentifyBenchmark;
import dev.coinid.bench.match.IndexBuildBenchmark;
import dev.coinid.bench.network.ForwardLeversBenchmark;
import dev.coinid.bench.network.ForwardPassBenchmark;
import dev.coinid.bench.network.MatmulPeakBenchmark;
import dev.coinid.bench.network.SingleIntraOpThreadBenchmark;
import dev.coinid.bench.network.TrainingStepBenchmark;
import dev.coinid.bench.photo.AugmentationBenchmark;
import dev.coinid.bench.photo.ClassifyAllBenchmark;
import dev.coinid.bench.photo.ClassifyBenchmark;
import dev.coinid.bench.photo.JpegDecodeBenchmark;
import dev.coinid.bench.photo.PolarFitBenchmark;
import dev.coinid.bench.photo.TensorFlowJpegDecodeBenchmark;

/**
 * The names under which {@link Measurements} holds each benchmark method ("Class.method"), in
 * one place for the summary and the targets. The DJL peer's classes are compiled only in the
 * {@code djl} profile, so their names are spelled out.
 */
public final class BenchmarkKeys {

    public static final String FORWARD = name(ForwardPassBenchmark.class, "forward");
    public static final String TRAIN_STEP = name(TrainingStepBenchmark.class, "trainStep");
    public static final String MATMUL_PEAK = name(MatmulPeakBenchmark.class, "matmul");
    public static final String LEVER_REUSED_TENSOR = name(ForwardLeversBenchmark.class, "reusedInputTensor");
    public static final String LEVER_ONE_INTER_OP_THREAD = name(ForwardLeversBenchmark.class,
            "reusedInputTensorOneInterOpThread");
    public static final String LEVER_ONE_THREAD = name(SingleIntraOpThreadBenchmark.class, "forward");
    public static final String LEVER_TRAINING_GRAPH = name(ForwardLeversBenchmark.class, "trainingGraph");
    public static final String CLASSIFY = name(ClassifyBenchmark.class, "classify");
    public static final String CLASSIFY_ALL = name(ClassifyAllBenchmark.class, "classifyAll");
    public static final String CLASSIFY_ALL_DECODE_AND_FIT = name(ClassifyAllBenchmark.class, "decodeAndFit");
    public static final String CLASSIFY_ALL_FORWARD = name(ClassifyAllBenchmark.class, "forwardFitted");
    public static final String DECODE_COMMONS_IMAGING = name(JpegDecodeBenchmark.class, "commonsImaging");
    public static final String DECODE_IMAGE_IO = name(JpegDecodeBenchmark.class, "imageIo");
    public static final String DECODE_COINID = name(JpegDecodeBenchmark.class, "coinidImageDecoder");
    public static final String DECODE_TENSORFLOW = name(TensorFlowJpegDecodeBenchmark.class, "decodeJpeg");
    public static final String AUGMENT = name(AugmentationBenchmark.class, "augmentBatch");
    public static final String FIT_POLAR = name(PolarFitBenchmark.class, "polarFit");
    public static final String FIT_STRETCH = name(PolarFitBenchmark.class, "stretchFit");
    public static final String IDENTIFY_DECODED = name(IdentifyBenchmark.class, "identifyDecoded");
    public static final String IDENTIFY_DECODED_UNVERIFIED = name(IdentifyBenchmark.class, "identifyDecodedUnverified");
    public static final String FIND_COINS = name(EveryCoinBenchmark.class, "findCoins");
    public static final String IDENTIFY_EVERY_FILE = name(EveryCoinBenchmark.class, "identifyEveryFile");
    public static final String IDENTIFY_FILE = name(IdentifyBenchmark.class, "identifyFile");
    public static final String IDENTIFY_PHONE_JPEG = name(IdentifyBenchmark.class, "identifyPhoneJpeg");
    public static final String IDENTIFY_PHONE_JPEG_IN_FULL = name(IdentifyBenchmark.class, "identifyPhoneJpegDecodedInFull");
    public static final String IDENTIFY_ALL_FILES = name(IdentifyBenchmark.class, "identifyAllQueryFiles");
    public static final String IDENTIFY_FILES_ONE_BY_ONE = name(IdentifyBenchmark.class, "identifyQueryFilesOneByOne");
    public static final String INDEX_BUILD = name(IndexBuildBenchmark.class, "build");
    public static final String BUNDLED_INDEX_LOAD = name(BundledIndexLoadBenchmark.class, "loadBundledIndex");

    /** bfloat16 against float32 (helper benchmark, {@code network.PrecisionBenchmark}); its rows appear when it ran. */
    public static final String PRECISION_FORWARD = "PrecisionBenchmark.forward";
    public static final String PRECISION_TRAIN = "PrecisionBenchmark.trainingStep";

    public static final String DJL_FORWARD_AS_SHIPPED = "DjlForwardAsShippedBenchmark.forward";
    public static final String DJL_FORWARD_TUNED = "DjlForwardTunedBenchmark.forward";
    public static final String DJL_TRAIN_AS_SHIPPED = "DjlTrainingAsShippedBenchmark.trainStep";
    public static final String DJL_TRAIN_TUNED = "DjlTrainingTunedBenchmark.trainStep";

    /** The parameter value of the phone photo. */
    public static final String PHONE_PHOTO = "phone-4000x3000";
    /** The parameter value of the 256x256 crop. */
    public static final String CROP_PHOTO = "crop-256x256";
    /** The parameter of the network benchmarks that names the network ({@link BenchmarkedNetwork#name()}). */
    public static final String NETWORK = "network";
    /** The parameter of the forward and training benchmarks: images per batch. */
    public static final String BATCH = "batch";
    /** The parameter of {@code ClassifyAllBenchmark}: crops in the folder. */
    public static final String CROPS = "crops";
    /** The parameter of the precision benchmark: {@code float32} or {@code bfloat16}. */
    public static final String PRECISION = "precision";

    /** The parameter of the identification benchmarks that names their references (galleries or synthetic-N). */
    public static final String REFERENCES = "references";

    private BenchmarkKeys() {
    }

    private static String name(Class<?> benchmark, String method) {
        return benchmark.getSimpleName() + "." + method;
    }
}
