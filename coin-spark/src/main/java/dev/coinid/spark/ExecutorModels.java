package dev.coinid.spark;

import dev.coinid.match.DesignIndex;
import dev.coinid.model.CoinClassifier;
import org.apache.spark.SparkFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The classifiers and indexes of one JVM (a Spark executor, or the driver in local mode), each
 * loaded once by the first task that needs it and shared by every later task. A classifier holds
 * native TensorFlow memory: all of them are closed by a shutdown hook when the JVM ends. An index
 * holds none and is thread-safe, so it simply lives as long as the JVM.
 *
 * <p>A model is named by a path that is either a directory every executor can read (a shared or
 * distributed file system mounted at the same place, or the local disk in local mode), or the name
 * under which Spark shipped it with the job ({@code spark-submit --archives my-model.zip#my-model}):
 * a path that is not a directory here is looked up with {@link SparkFiles#get}.
 */
final class ExecutorModels {

    /** The index path that names {@link DesignIndex#bundled()}, the index coinid ships. */
    static final String BUNDLED_INDEX = "bundled";

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorModels.class);

    private static final Map<String, CoinClassifier> CLASSIFIERS = new ConcurrentHashMap<>();
    private static final Map<String, DesignIndex> INDEXES = new ConcurrentHashMap<>();
    private static final AtomicInteger CLASSIFIER_LOADS = new AtomicInteger();
    private static final AtomicInteger INDEX_LOADS = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorModels::closeAll, "coinid-close-models"));
    }

    private ExecutorModels() {
    }

    /**
     * The classifier saved at {@code path}, loaded on first use in this JVM with TensorFlow on
     * {@code threads} intra-op threads (the executor's tasks run side by side, each on its own
     * cores, so one task's forward pass should not spread over all of them).
     */
    static CoinClassifier classifier(String path, int threads) {
        return CLASSIFIERS.computeIfAbsent(path, p -> {
            Path dir = resolve(p);
            long start = System.nanoTime();
            CoinClassifier model = CoinClassifier.load(dir, threads);
            CLASSIFIER_LOADS.incrementAndGet();
            LOG.info("loaded the classifier {} ({} TensorFlow threads) in {} ms", dir, threads, (System.nanoTime() - start) / 1_000_000);
            return model;
        });
    }

    /**
     * The design index saved at {@code path}, or for {@value #BUNDLED_INDEX} the bundled index,
     * loaded on first use in this JVM.
     */
    static DesignIndex index(String path) {
        return INDEXES.computeIfAbsent(path, p -> {
            long start = System.nanoTime();
            boolean bundled = p.equals(BUNDLED_INDEX);
            Path dir = bundled ? null : resolve(p);
            DesignIndex index = bundled ? DesignIndex.bundled() : DesignIndex.load(dir);
            INDEX_LOADS.incrementAndGet();
            LOG.info("loaded the design index {} in {} ms", bundled ? "coinid ships" : dir,
                    (System.nanoTime() - start) / 1_000_000);
            return index;
        });
    }

    /** How many classifiers this JVM has loaded (for tests: one per model path). */
    static int classifierLoads() {
        return CLASSIFIER_LOADS.get();
    }

    /** How many indexes this JVM has loaded (for tests: one per index path). */
    static int indexLoads() {
        return INDEX_LOADS.get();
    }

    static Path resolve(String path) {
        Path dir = Path.of(path.startsWith("file:") ? java.net.URI.create(path).getPath() : path);
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try {
            Path shipped = Path.of(SparkFiles.get(path));
            if (Files.isDirectory(shipped)) {
                return shipped;
            }
        } catch (RuntimeException e) {
            // no SparkContext in this JVM, or no such file shipped: report the path as given
        }
        return dir; // the load then reports it missing, naming the path
    }

    private static void closeAll() {
        for (CoinClassifier model : CLASSIFIERS.values()) {
            try {
                model.close();
            } catch (RuntimeException e) {
                // the JVM is going away: nothing better to do
            }
        }
        CLASSIFIERS.clear();
        INDEXES.clear();
    }
}
