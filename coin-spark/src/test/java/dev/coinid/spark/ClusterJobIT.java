package dev.coinid.spark;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.classification.Classification;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.match.Side;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.synthetic.SyntheticCoins;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * coin-spark on a real Spark standalone cluster on this machine: a master and two workers of one
 * core, each its own JVM, started from a {@code SPARK_HOME} laid out from the Spark jars the build
 * resolves ({@code target/spark-home}); the workers start the executors as JVMs of their own. The
 * job is submitted as coin-spark's README says, with {@code coin-spark.jar}, and with the model and
 * the index shipped as {@code --archives} (the job is told only the names they were shipped under).
 *
 * <p>Skipped, saying why, only where the master or a worker cannot start.
 */
@Tag("slow")
class ClusterJobIT {

    private static final Pattern FINISHED = Pattern.compile("Finished task .* \\((\\d+)/(\\d+)\\)");

    @TempDir
    static Path temp;

    static StandaloneCluster cluster;
    static Path photos;
    static List<Path> goodPhotos;
    static Path broken;
    static Path archives;
    static Path indexDir;
    static Path modelDir;

    @BeforeAll
    static void startTheCluster() throws IOException {
        Path sparkHome = Path.of(System.getProperty("coin-spark.home", "target/spark-home"));
        Path jvmOptions = Path.of(System.getProperty("coin-spark.jvm-options", "spark-jvm.options"));
        try {
            cluster = StandaloneCluster.start(sparkHome, jvmOptions, temp.resolve("cluster"), 2, 1, "1g");
        } catch (StandaloneCluster.CannotStart e) {
            Assumptions.abort("no Spark standalone cluster on this machine: " + e.getMessage());
        }

        photos = temp.resolve("photos");
        goodPhotos = CoinPhotoFolder.write(photos, 120, 400, 300);
        broken = photos.resolve("part-000").resolve("broken.jpg");
        Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});

        // the index and the model, zipped to be shipped; the job is never told where they lie here
        archives = Files.createDirectories(temp.resolve("archives"));
        indexDir = temp.resolve("index");
        DesignIndex.bundled().save(indexDir);
        StandaloneCluster.zip(indexDir, archives.resolve("index.zip"));
        modelDir = temp.resolve("model");
        ImageDataset crops = SyntheticCoins.builder().imageSize(32).imagesPerClass(10).seed(11).build().generate();
        try (CoinClassifier model = CoinClassifier.builder().recipe(Recipe.seed().inputSize(32, 32))
                .epochs(1).batchSize(20).seed(1).train(crops)) {
            model.save(modelDir);
        }
        StandaloneCluster.zip(modelDir, archives.resolve("model.zip"));
    }

    @AfterAll
    static void stopTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theJobFinishesWithOneRowPerPhotoAfterLosingAnExecutorMidJob() throws Exception {
        Path output = temp.resolve("shipped-out");
        Path log = temp.resolve("shipped-driver.log");
        Process driver = cluster.submit(archives, log, "512m", List.of(
                "--class", "dev.coinid.spark.ClassifyJob", "--master", cluster.masterUrl(),
                "--driver-memory", "512m", "--executor-cores", "1", "--executor-memory", "768m",
                "--conf", "spark.sql.files.maxPartitionBytes=256k",
                "--archives", "model.zip#model,index.zip#index",
                jar(),
                "--model", "model", "--index", "index",
                "--input", photos.toString(), "--output", output.toString()));

        // lose worker 0's executor (SIGKILL, as a machine that goes away) once tasks are finishing
        int[] progress = awaitProgress(driver, log);
        List<ProcessHandle> executors = cluster.executors(0);
        assertThat(executors).as("worker 0's executor while the job runs").hasSize(1);
        executors.get(0).destroyForcibly();
        executors.get(0).onExit().get(30, TimeUnit.SECONDS);

        assertThat(driver.waitFor(10, TimeUnit.MINUTES)).as("the job ends").isTrue();
        String driverLog = Files.readString(log);
        assertThat(driver.exitValue()).as("exit status; the driver's log ends:\n%s", StandaloneCluster.tail(log, 40))
                .isZero();
        assertThat(driverLog).as("the driver saw the executor go").containsPattern("Lost executor \\d+")
                .as("and ran its task again").containsPattern("Lost task \\S+ in stage .*ExecutorLostFailure");
        assertThat(driverLog).contains("ClassifyJob: " + (goodPhotos.size() + 1) + " images written");
        System.out.printf(Locale.ROOT, "ClusterJobIT: killed worker 0's executor after %d of %d tasks%n",
                progress[0], progress[1]);

        List<Row> rows = readRows(output);
        DesignIndex index = DesignIndex.load(indexDir);
        List<Identification> expected = index.identifyAll(sources()).stream().map(Outcome::orElseThrow).toList();
        List<Classification> classified;
        try (CoinClassifier model = CoinClassifier.load(modelDir, 1)) { // as an executor of one core runs it
            classified = model.classifyAll(sources()).stream().map(Outcome::orElseThrow).toList();
        }
        Map<Path, Row> byFile = oneRowPerFile(rows);
        for (int i = 0; i < goodPhotos.size(); i++) {
            Row row = byFile.get(goodPhotos.get(i));
            assertIdentifiedAs(row, expected.get(i), index);
            // TensorFlow's kernels sum in another order for another batch: probabilities agree to 1e-3,
            // so the label where the first two are further apart than that
            Classification c = classified.get(i);
            assertThat((Float) row.getAs("confidence")).as("confidence of %s", goodPhotos.get(i))
                    .isCloseTo(c.confidence(), within(2e-3f));
            if (c.topK().size() < 2 || c.confidence() - c.topK().get(1).probability() > 4e-3f) {
                assertThat((String) row.getAs("label")).as("label of %s", goodPhotos.get(i)).isEqualTo(c.label());
            }
        }
        Row bad = byFile.get(broken);
        assertThat((String) bad.getAs("error")).contains("broken.jpg");
        assertThat((Object) bad.getAs("design")).isNull();
        assertThat((Object) bad.getAs("label")).isNull();
    }

    @Test
    void withoutModelOrIndexTheJobIdentifiesWithTheBundledIndex() throws Exception {
        Path output = temp.resolve("bundled-out");
        Path log = temp.resolve("bundled-driver.log");
        Path directory = Files.createDirectories(temp.resolve("bundled-submit"));
        Process driver = cluster.submit(directory, log, "512m", List.of(
                "--class", "dev.coinid.spark.ClassifyJob", "--master", cluster.masterUrl(),
                "--driver-memory", "512m", "--executor-cores", "1", "--executor-memory", "768m",
                jar(),
                "--input", photos.toString(), "--output", output.toString()));
        assertThat(driver.waitFor(10, TimeUnit.MINUTES)).as("the job ends").isTrue();
        assertThat(driver.exitValue()).as("exit status; the driver's log ends:\n%s", StandaloneCluster.tail(log, 40))
                .isZero();

        List<Row> rows = readRows(output);
        assertThat(rows.get(0).schema().fieldNames()).containsExactly("path", "catalogId", "design", "known", "side",
                "score", "commemorative", "country", "countries", "year", "theme", "mintage", "rarity", "error");
        Map<Path, Row> byFile = oneRowPerFile(rows);
        DesignIndex index = DesignIndex.bundled();
        List<Identification> expected = index.identifyAll(sources()).stream().map(Outcome::orElseThrow).toList();
        int nationals = 0;
        int commons = 0;
        for (int i = 0; i < goodPhotos.size(); i++) {
            assertIdentifiedAs(byFile.get(goodPhotos.get(i)), expected.get(i), index);
            nationals += expected.get(i).side() == Side.NATIONAL ? 1 : 0;
            commons += expected.get(i).side() == Side.COMMON ? 1 : 0;
        }
        assertThat(nationals).as("photos of national sides named").isGreaterThan(goodPhotos.size() / 2);
        assertThat(commons).as("photos of the common side").isPositive();
        assertThat((String) byFile.get(broken).getAs("error")).contains("broken.jpg");
    }

    /** The fields of a row equal the identification's, as {@code coinid identify --json} writes them. */
    private static void assertIdentifiedAs(Row row, Identification id, DesignIndex index) {
        String photo = id.photo();
        CatalogEntry coin = id.coin().orElse(null);
        assertThat((Object) row.getAs("error")).as("error of %s", photo).isNull();
        assertThat((String) row.getAs("design")).as("design of %s", photo).isEqualTo(id.best().design());
        assertThat((Double) row.getAs("score")).as("score of %s", photo).isCloseTo(id.score(), within(1e-9));
        assertThat((Boolean) row.getAs("known")).isEqualTo(id.known());
        assertThat((String) row.getAs("side"))
                .isEqualTo(id.side() == Side.UNKNOWN ? null : id.side().name().toLowerCase(Locale.ROOT));
        assertThat((String) row.getAs("catalogId")).isEqualTo(coin == null ? null : coin.id());
        assertThat((String) row.getAs("country")).isEqualTo(coin == null ? null : coin.countryName());
        List<String> countries = row.getList(row.fieldIndex("countries"));
        assertThat(countries).containsExactlyElementsOf((coin != null ? List.of(coin) : id.issuers()).stream()
                .map(CatalogEntry::countryName).toList());
        assertThat((Integer) row.getAs("year")).isEqualTo(id.likeliestCoin().map(CatalogEntry::year).orElse(null));
        assertThat((String) row.getAs("theme")).isEqualTo(id.likeliestCoin().map(CatalogEntry::theme).orElse(null));
        Long mintage = coin == null || coin.circulatedMintage().isEmpty() ? null : coin.circulatedMintage().getAsLong();
        assertThat((Long) row.getAs("mintage")).isEqualTo(mintage);
        Integer rarity = coin == null || index.catalog().rarityOf(coin).rank().isEmpty() ? null
                : index.catalog().rarityOf(coin).rank().getAsInt();
        assertThat((Integer) row.getAs("rarity")).isEqualTo(rarity);
    }

    /** Every input file exactly once: no row lost, none written twice. */
    private static Map<Path, Row> oneRowPerFile(List<Row> rows) {
        Map<Path, Row> byFile = new HashMap<>();
        for (Row row : rows) {
            Path file = Path.of(URI.create(row.getAs("path")));
            assertThat(byFile.put(file, row)).as("rows of %s", file).isNull();
        }
        List<Path> all = new ArrayList<>(goodPhotos);
        all.add(broken);
        assertThat(byFile.keySet()).containsExactlyInAnyOrderElementsOf(all);
        return byFile;
    }

    /** Waits until the job has finished a task or two but has several left; returns {finished, tasks}. */
    private static int[] awaitProgress(Process driver, Path log) throws IOException, InterruptedException {
        // generous: on a machine shared with other builds, the executors' start (the jar's copy, TensorFlow's load) can take minutes
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline && driver.isAlive()) {
            try (Stream<String> lines = Files.lines(log)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    Matcher m = FINISHED.matcher(line);
                    if (m.find() && Integer.parseInt(m.group(1)) >= 1) {
                        int done = Integer.parseInt(m.group(1));
                        int tasks = Integer.parseInt(m.group(2));
                        assertThat(tasks - done).as("tasks left when the first finished").isGreaterThan(2);
                        return new int[] {done, tasks};
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no task finished; the driver's log ends:\n" + StandaloneCluster.tail(log, 40));
    }

    private static List<Row> readRows(Path output) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("ClusterJobIT reader")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
            return spark.read().parquet(output.toString()).collectAsList();
        } finally {
            spark.stop();
        }
    }

    /** The good photos, as the library reads them. */
    private static List<ImageSource> sources() {
        return goodPhotos.stream().map(ImageSource::of).toList();
    }

    private static String jar() {
        return Path.of(System.getProperty("coin-spark.jar", "target/coin-spark.jar")).toAbsolutePath().toString();
    }
}
