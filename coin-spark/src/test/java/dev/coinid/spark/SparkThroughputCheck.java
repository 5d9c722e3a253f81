package dev.coinid.spark;

import dev.coinid.image.ImageSource;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.model.CoinClassifier;
import dev.coinid.synthetic.SyntheticCoins;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The throughput of the local-mode job against one JVM's {@code classifyAll} on the same files
 * (not a test: run by hand, one mode per fresh JVM, with Spark's JVM options; see coin-spark's
 * README):
 * <pre>
 * SparkThroughputCheck prepare DIR [PHOTOS]   5,000 synthetic 128x128 crops and a default (polar) model
 * SparkThroughputCheck single DIR             CoinClassifier.classifyAll over every crop
 * SparkThroughputCheck spark DIR [MASTER]     ClassifyJob's read, transform and Parquet write, local[2]
 * </pre>
 * Each of single and spark runs twice in its JVM (the first run pays the model load, and the
 * first Spark job the JIT compiling Spark's code) and reports wall time and the JVM's CPU time:
 * on a machine shared with other work, photos per CPU second is the steadier figure.
 */
public final class SparkThroughputCheck {

    private SparkThroughputCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        Path photos = dir.resolve("crops");
        Path model = dir.resolve("model");
        switch (args[0]) {
            case "prepare" -> {
                int count = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
                long start = System.nanoTime();
                SyntheticCoins.builder().imageSize(128).imagesPerClass(count / 4).seed(5).build().writeTo(photos);
                ImageDataset train = SyntheticCoins.builder().imageSize(128).imagesPerClass(50).seed(6).build()
                        .generate();
                try (CoinClassifier classifier = CoinClassifier.builder().epochs(1).seed(1).train(train)) {
                    classifier.save(model);
                }
                System.out.printf(Locale.ROOT, "prepared %d crops and a model in %.1f s%n", count, seconds(start));
            }
            case "single" -> {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(photos)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                long start = System.nanoTime();
                try (CoinClassifier classifier = CoinClassifier.load(model)) {
                    double load = seconds(start);
                    for (String run : List.of("first", "second")) {
                        long classify = System.nanoTime();
                        long cpu = cpuNanos();
                        int n = classifier.classifyAll(files.stream().map(ImageSource::of).toList()).size();
                        double s = seconds(classify);
                        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
                        System.out.printf(Locale.ROOT, "single JVM classifyAll, %s run: %d photos in %.2f s = %.1f "
                                        + "photos/s, %.2f CPU s = %.1f photos per CPU s (model load %.2f s; %d cores)%n",
                                run, n, s, n / s, cpuSeconds, n / cpuSeconds, load,
                                Runtime.getRuntime().availableProcessors());
                    }
                }
            }
            case "spark" -> {
                String master = args.length > 2 ? args[2] : "local[2]";
                long start = System.nanoTime();
                SparkSession spark = SparkSession.builder().master(master).appName("coin-spark throughput")
                        .config("spark.ui.enabled", "false").getOrCreate();
                double startup = seconds(start);
                // the first job of a JVM includes the model load and the JIT compiling Spark's code
                for (String run : List.of("first", "second")) {
                    Path out = dir.resolve("spark-out-" + run);
                    long job = System.nanoTime();
                    long cpu = cpuNanos();
                    ClassifyJob.Options options = ClassifyJob.Options.parse("--model", model.toString(), "--input",
                            photos.toString(), "--output", out.toString(), "--overwrite");
                    ClassifyJob.results(ClassifyJob.images(spark, options.input()), options)
                            .write().mode("overwrite").parquet(options.output());
                    double s = seconds(job);
                    double cpuSeconds = (cpuNanos() - cpu) / 1e9;
                    long n = spark.read().parquet(out.toString()).count();
                    long errors = spark.read().parquet(out.toString()).where("error is not null").count();
                    int partitions = ClassifyJob.images(spark, options.input()).rdd().getNumPartitions();
                    System.out.printf(Locale.ROOT, "spark %s ClassifyJob, %s job: %d photos (%d errors, %d partitions) "
                                    + "in %.2f s = %.1f photos/s, %.2f CPU s = %.1f photos per CPU s "
                                    + "(session start %.2f s)%n",
                            master, run, n, errors, partitions, s, n / s, cpuSeconds, n / cpuSeconds, startup);
                }
                spark.stop();
            }
            default -> throw new IllegalArgumentException("prepare, single or spark: " + args[0]);
        }
    }

    /** CPU time of the whole JVM (every thread: Spark's driver, executor and the library's). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
