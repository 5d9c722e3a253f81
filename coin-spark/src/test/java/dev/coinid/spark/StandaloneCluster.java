package dev.coinid.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Spark standalone cluster on this machine, for tests and measurements: a master and workers,
 * each its own JVM started from a {@code SPARK_HOME} ({@code jars/} and {@code conf/}, as a Spark
 * distribution lays them out), bound to the loopback address. The workers start executors as JVMs
 * of their own, as on a real cluster, and {@link #submit} runs {@code spark-submit}
 * ({@code org.apache.spark.deploy.SparkSubmit}, with the JVM options Spark's launcher adds) as the
 * driver, in client mode.
 *
 * <p>Every JVM writes its output to a log file under the work folder; {@link #close} ends the
 * processes it started (and the executors the workers started), and nothing else.
 */
final class StandaloneCluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path sparkHome;
    private final Path jvmOptions;
    private final Path work;
    private final String masterUrl;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();
    private final List<Process> drivers = new ArrayList<>();
    private final List<Path> workerLogs = new ArrayList<>();

    /** Why a worker (or the master) could not start: the test that needs the cluster skips. */
    static final class CannotStart extends Exception {
        private static final long serialVersionUID = 1L;

        CannotStart(String message) {
            super(message);
        }
    }

    private StandaloneCluster(Path sparkHome, Path jvmOptions, Path work, String masterUrl, Process master) {
        this.sparkHome = sparkHome;
        this.jvmOptions = jvmOptions;
        this.work = work;
        this.masterUrl = masterUrl;
        this.master = master;
    }

    /**
     * Starts a master and {@code workers} workers of {@code cores} cores and {@code memory} (e.g.
     * {@code 1g}) each, and waits until every worker has registered with the master.
     *
     * @throws CannotStart naming the process that did not start and the end of its log
     */
    static StandaloneCluster start(Path sparkHome, Path jvmOptions, Path work, int workers, int cores, String memory)
            throws CannotStart {
        // every JVM runs in a folder of its own: relative paths would point elsewhere there
        sparkHome = sparkHome.toAbsolutePath();
        jvmOptions = jvmOptions.toAbsolutePath();
        work = work.toAbsolutePath();
        try {
            Files.createDirectories(work);
            writeLogConfig(sparkHome);
            int port = freePort();
            String url = "spark://127.0.0.1:" + port;
            Path masterLog = work.resolve("master.log");
            Process master = daemon(sparkHome, jvmOptions, masterLog, "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0");
            StandaloneCluster cluster = new StandaloneCluster(sparkHome, jvmOptions, work, url, master);
            try {
                cluster.await(master, masterLog, "I have been elected leader", "the master");
                for (int i = 0; i < workers; i++) {
                    Path dir = Files.createDirectories(work.resolve("worker-" + i));
                    Path log = work.resolve("worker-" + i + ".log");
                    cluster.workerLogs.add(log);
                    cluster.workers.add(daemon(sparkHome, jvmOptions, log, "org.apache.spark.deploy.worker.Worker",
                            "--host", "127.0.0.1", "--cores", String.valueOf(cores), "--memory", memory,
                            "--work-dir", dir.toString(), "--webui-port", "0", url));
                }
                for (int i = 0; i < workers; i++) {
                    cluster.await(cluster.workers.get(i), cluster.workerLogs.get(i),
                            "Successfully registered with master", "worker " + i);
                }
            } catch (CannotStart | RuntimeException e) {
                cluster.close();
                throw e;
            }
            return cluster;
        } catch (IOException e) {
            throw new CannotStart("cannot lay out the cluster's folders under " + work + ": " + e);
        }
    }

    /** The master's URL, {@code spark://127.0.0.1:PORT}. */
    String masterUrl() {
        return masterUrl;
    }

    /**
     * Starts {@code spark-submit ARGS} (the driver, in client mode) in {@code directory}, its output
     * (standard output and error) going to {@code log}; {@code heap} is the driver's {@code -Xmx}.
     */
    Process submit(Path directory, Path log, String heap, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(java(sparkHome, jvmOptions));
        command.add("-Xmx" + heap);
        command.add("org.apache.spark.deploy.SparkSubmit");
        command.addAll(args);
        Process driver = start(sparkHome, command, directory, log);
        drivers.add(driver);
        return driver;
    }

    /** The executor JVMs that worker {@code worker} runs now. */
    List<ProcessHandle> executors(int worker) {
        return workers.get(worker).descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend")).toList();
    }

    /** The log of worker {@code worker}. */
    Path workerLog(int worker) {
        return workerLogs.get(worker);
    }

    /** Ends the drivers still running, the workers (and their executors) and the master. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        drivers.forEach(driver -> all.add(driver.toHandle()));
        for (Process worker : workers) {
            worker.descendants().forEach(all::add);
            all.add(worker.toHandle());
        }
        all.add(master.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * Zips the files of {@code dir} into {@code zip}, at the archive's root, as
     * {@code spark-submit --archives x.zip#name} ships a folder: unpacked as {@code name} in every
     * executor's working folder.
     */
    static void zip(Path dir, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                z.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, z);
                z.closeEntry();
            }
        }
    }

    /**
     * The cluster's logging ({@code conf/log4j2.properties}, read by every JVM of it): Spark's
     * warnings, and what the tests read (the master's and workers' start, tasks, coinid's loads).
     */
    private static void writeLogConfig(Path sparkHome) throws IOException {
        Files.createDirectories(sparkHome.resolve("conf"));
        Files.writeString(sparkHome.resolve("conf").resolve("log4j2.properties"), """
                rootLogger.level = warn
                rootLogger.appenderRef.stderr.ref = console
                appender.console.type = Console
                appender.console.name = console
                appender.console.target = SYSTEM_ERR
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n%ex
                logger.tasks.name = org.apache.spark.scheduler.TaskSetManager
                logger.tasks.level = info
                logger.master.name = org.apache.spark.deploy.master.Master
                logger.master.level = info
                logger.worker.name = org.apache.spark.deploy.worker.Worker
                logger.worker.level = info
                logger.coinid.name = dev.coinid
                logger.coinid.level = info
                """);
    }

    /** The end of a log, for messages. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void await(Process process, Path log, String line, String what) throws CannotStart {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (contains(log, line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new CannotStart(what + " exited with status " + process.exitValue() + " before it was ready; "
                        + "its log (" + log + ") ends:\n" + tail(log, 20));
            }
            sleep(200);
        }
        throw new CannotStart(what + " was not ready after " + START_TIMEOUT.toSeconds() + " s; its log (" + log
                + ") ends:\n" + tail(log, 20));
    }

    private static boolean contains(Path log, String line) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.anyMatch(l -> l.contains(line));
        } catch (IOException | UncheckedIOException e) {
            return false; // not written yet
        }
    }

    private static Process daemon(Path sparkHome, Path jvmOptions, Path log, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(java(sparkHome, jvmOptions));
        // a master or worker only schedules: a small heap, no optimising compiler
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return start(sparkHome, command, log.getParent(), log);
    }

    /** {@code java} with Spark's JVM options and the class path a distribution's launcher builds. */
    private static List<String> java(Path sparkHome, Path jvmOptions) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "@" + jvmOptions, "-cp", sparkHome.resolve("conf") + "/:" + sparkHome.resolve("jars") + "/*");
    }

    private static Process start(Path sparkHome, List<String> command, Path directory, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_CONF_DIR", sparkHome.resolve("conf").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("TF_CPP_MIN_LOG_LEVEL", "1");
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
