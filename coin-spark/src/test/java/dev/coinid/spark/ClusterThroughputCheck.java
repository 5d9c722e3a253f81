package dev.coinid.spark;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.image.ImageSource;
import dev.coinid.match.DesignIndex;
import dev.coinid.model.CoinClassifier;
import dev.coinid.synthetic.SyntheticCoins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The job's throughput on a standalone cluster of two workers of one core ({@link StandaloneCluster})
 * against one JVM's {@code identifyAll} and {@code classifyAll} on the same photos and the same two
 * cores, in one run (not a test: run by hand, see coin-spark's README):
 * <pre>
 * ClusterThroughputCheck DIR PHOTOS SPARK_HOME JVM_OPTIONS COIN_SPARK_JAR
 * </pre>
 * It writes PHOTOS simulated 640x480 photos of real coins and a default-recipe model into DIR,
 * times {@code identifyAll} (bundled index) and {@code classifyAll} twice each in this JVM, then
 * submits the job to the cluster three times: identification with the bundled index in few tasks
 * and in many (their difference is the cost of a task), and classification with the model shipped
 * as an archive. Each job's time is the one it prints (session start excluded), the submit's
 * whole wall time, and the CPU time of the executor JVMs (their start, the jar's copy and the
 * loads included) and of the driver, sampled every 250 ms: on a machine shared with other work,
 * photos per CPU second is the steadier figure.
 */
public final class ClusterThroughputCheck {

    private static final Pattern WRITTEN = Pattern.compile("ClassifyJob: (\\d+) images written .* in ([0-9.]+) s");
    private static final Pattern FINISHED = Pattern.compile("Finished task .* \\((\\d+)/(\\d+)\\)");

    private ClusterThroughputCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path sparkHome = Path.of(args[2]);
        Path jvmOptions = Path.of(args[3]);
        String jar = Path.of(args[4]).toAbsolutePath().toString();
        Path photos = dir.resolve("photos");
        Path model = dir.resolve("model");

        long start = System.nanoTime();
        List<Path> files;
        if (Files.isDirectory(photos)) { // written by an earlier run: the same photos for the same count
            try (Stream<Path> walk = Files.walk(photos)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = CoinPhotoFolder.write(photos, count, 640, 480);
        }
        if (!Files.isDirectory(model)) {
            ImageDataset train = SyntheticCoins.builder().imageSize(128).imagesPerClass(50).seed(6).build().generate();
            try (CoinClassifier classifier = CoinClassifier.builder().epochs(1).seed(1).train(train)) {
                classifier.save(model);
            }
        }
        StandaloneCluster.zip(model, dir.resolve("model.zip"));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf(Locale.ROOT, "prepared %d photos (%.1f MB) and a model in %.1f s; %d cores%n", files.size(),
                bytes / 1e6, seconds(start), Runtime.getRuntime().availableProcessors());

        long load = System.nanoTime();
        DesignIndex index = DesignIndex.bundled();
        System.out.printf(Locale.ROOT, "bundled index loaded in %.2f s%n", seconds(load));
        for (String run : List.of("first", "second")) {
            long t = System.nanoTime();
            long cpu = cpuNanos();
            int n = index.identifyAll(files.stream().map(ImageSource::of).toList()).size();
            report("single JVM identifyAll, " + run + " run", n, seconds(t), (cpuNanos() - cpu) / 1e9);
        }
        try (CoinClassifier classifier = CoinClassifier.load(model)) {
            for (String run : List.of("first", "second")) {
                long t = System.nanoTime();
                long cpu = cpuNanos();
                int n = classifier.classifyAll(files.stream().map(ImageSource::of).toList()).size();
                report("single JVM classifyAll, " + run + " run", n, seconds(t), (cpuNanos() - cpu) / 1e9);
            }
        }

        Files.createDirectories(dir.resolve("cluster"));
        try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome, jvmOptions, dir.resolve("cluster"), 2, 1,
                "1g")) {
            List<String> common = List.of("--class", "dev.coinid.spark.ClassifyJob", "--master", cluster.masterUrl(),
                    "--driver-memory", "512m", "--executor-cores", "1", "--executor-memory", "768m");
            submit(cluster, dir, "identify, bundled index, default partitions", common, List.of(), jar,
                    List.of("--input", photos.toString(), "--output", dir.resolve("out-identify").toString()));
            submit(cluster, dir, "identify, bundled index, 1 MiB partitions", common,
                    List.of("--conf", "spark.sql.files.maxPartitionBytes=1m"), jar,
                    List.of("--input", photos.toString(), "--output", dir.resolve("out-identify-small").toString()));
            submit(cluster, dir, "classify, model shipped with --archives", common,
                    List.of("--archives", "model.zip#model"), jar,
                    List.of("--model", "model", "--input", photos.toString(), "--output",
                            dir.resolve("out-classify").toString()));
        }
    }

    private static void submit(StandaloneCluster cluster, Path dir, String what, List<String> common,
                               List<String> extra, String jar, List<String> jobArgs) throws Exception {
        List<String> args = new ArrayList<>(common);
        args.addAll(extra);
        args.add(jar);
        args.addAll(jobArgs);
        args.add("--overwrite");
        Path log = dir.resolve("driver-" + what.replaceAll("[^a-z0-9]+", "-") + ".log");
        long t = System.nanoTime();
        Process driver = cluster.submit(dir, log, "512m", args);
        // the CPU time of the executor JVMs and of the driver, sampled until the driver ends
        Map<Long, Duration> executorCpu = new HashMap<>();
        Duration driverCpu = Duration.ZERO;
        while (driver.isAlive()) {
            for (int worker = 0; worker < 2; worker++) {
                for (ProcessHandle executor : cluster.executors(worker)) {
                    executor.info().totalCpuDuration().ifPresent(cpu -> executorCpu.merge(executor.pid(), cpu,
                            (a, b) -> a.compareTo(b) >= 0 ? a : b));
                }
            }
            driverCpu = driver.info().totalCpuDuration().orElse(driverCpu);
            driver.waitFor(250, TimeUnit.MILLISECONDS);
        }
        if (driver.exitValue() != 0) {
            throw new IllegalStateException(what + " failed; its log ends:\n" + StandaloneCluster.tail(log, 30));
        }
        double wall = seconds(t);
        String text = Files.readString(log);
        Matcher written = WRITTEN.matcher(text);
        if (!written.find()) {
            throw new IllegalStateException(what + ": no summary in " + log);
        }
        int n = Integer.parseInt(written.group(1));
        double job = Double.parseDouble(written.group(2));
        int tasks = 0;
        Matcher finished = FINISHED.matcher(text);
        if (finished.find()) {
            tasks = Integer.parseInt(finished.group(2)); // the first stage: the write
        }
        double executorSeconds = executorCpu.values().stream().mapToLong(Duration::toMillis).sum() / 1e3;
        System.out.printf(Locale.ROOT, "cluster 2 x 1 core, %s: %d photos in %d tasks, job %.2f s = %.1f photos/s; "
                        + "spark-submit to exit %.2f s = %.1f photos/s; %d executor JVMs, %.2f CPU s = %.1f photos "
                        + "per executor CPU s; driver %.2f CPU s%n", what, n, tasks, job, n / job, wall, n / wall,
                executorCpu.size(), executorSeconds, n / executorSeconds, driverCpu.toMillis() / 1e3);
    }

    private static void report(String what, int n, double seconds, double cpuSeconds) {
        System.out.printf(Locale.ROOT, "%s: %d photos in %.2f s = %.1f photos/s, %.2f CPU s = %.1f photos per CPU s%n",
                what, n, seconds, n / seconds, cpuSeconds, n / cpuSeconds);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
