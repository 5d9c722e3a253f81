package dev.coinid.spark;

import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.model.CoinClassifier;
import org.apache.spark.TaskContext;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Classifies the images of a data frame with a saved {@link CoinClassifier}: to a frame with the
 * encoded bytes and a name of each image ({@code content} and {@code path}, as
 * {@code spark.read().format("binaryFile")} yields) it adds
 * {@code label} (string), {@code confidence} (float), {@code topK} (array of struct
 * {@code label}, {@code probability}: the model's top-k, best first) and {@code error} (string).
 *
 * <pre>{@code
 * Dataset<Row> photos = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load("s3a://bucket/photos");
 * Dataset<Row> labelled = new CoinClassifierTransformer().setModelPath("/shared/my-model").transform(photos);
 * }</pre>
 *
 * <p>Each executor JVM loads the model once, when its first task needs it, and its tasks share it
 * (it is thread-safe), running TensorFlow on {@code spark.task.cpus} threads (the executor's other
 * cores run other tasks); it is closed when the JVM exits. Each partition is read in batches of
 * {@link #batchSize()} rows (32 by default): the batch is decoded, and the pictures that decoded
 * go through the network together. A row whose image cannot be decoded or classified keeps all its
 * columns, with {@code error} saying why and the result columns null; no row is dropped, added or
 * reordered, and the job does not fail because of one file.
 */
public final class CoinClassifierTransformer extends ImageTransformer<CoinClassifierTransformer> {

    private static final long serialVersionUID = 1L;

    /** The type of one element of the {@code topK} column. */
    public static final StructType LABEL_SCORE = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("label", DataTypes.StringType, false),
        DataTypes.createStructField("probability", DataTypes.FloatType, false)});

    private final Param<String> modelPath = new Param<>(this, "modelPath",
            "the directory of a saved CoinClassifier, readable by every executor at that path, "
                    + "or the name it was shipped under (spark-submit --archives model.zip#name)");

    public CoinClassifierTransformer() {
        this(Identifiable$.MODULE$.randomUID("coinClassifier"));
    }

    public CoinClassifierTransformer(String uid) {
        super(uid);
    }

    /** Reads a transformer saved with {@code write().save(path)}. */
    public static CoinClassifierTransformer load(String path) {
        return new DefaultParamsReader<CoinClassifierTransformer>().load(path);
    }

    public Param<String> modelPath() {
        return modelPath;
    }

    public String getModelPath() {
        return getOrDefault(modelPath);
    }

    public CoinClassifierTransformer setModelPath(String value) {
        set(modelPath, value);
        return this;
    }

    @Override
    StructField[] resultFields() {
        return new StructField[] {
            DataTypes.createStructField("label", DataTypes.StringType, true),
            DataTypes.createStructField("confidence", DataTypes.FloatType, true),
            DataTypes.createStructField("topK", DataTypes.createArrayType(LABEL_SCORE, false), true)};
    }

    @Override
    MapPartitionsFunction<Row, Row> partitionFunction(int content, int path) {
        return new Classify(getModelPath(), getBatchSize(), content, path);
    }

    @Override
    public CoinClassifierTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    /** The work of one partition: only the model path and column positions travel to the executors. */
    private record Classify(String modelPath, int batchSize, int content, int path)
            implements MapPartitionsFunction<Row, Row> {


        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            TaskContext task = TaskContext.get();
            CoinClassifier model = ExecutorModels.classifier(modelPath, task == null ? 1 : Math.max(1, task.cpus()));
            return new Batches(rows, batchSize, batch -> classify(model, batch));
        }

        private List<Row> classify(CoinClassifier model, List<Row> batch) {
            Object[][] results = new Object[batch.size()][];
            List<ImageSource> photos = new ArrayList<>(batch.size());
            List<Integer> positions = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Row row = batch.get(i);
                String name = row.isNullAt(path) ? "row without a " + "path" : row.getString(path);
                if (row.isNullAt(content)) {
                    results[i] = failure(name + ": no image bytes");
                    continue;
                }
                photos.add(ImageSource.of((byte[]) row.get(content), name));
                positions.add(i);
            }
            // the classifier's batch call: decoding overlapped with the network, large JPEGs decoded at reduced
            // scale, and one result or one error per photo
            List<Outcome<Classification>> classified = model.classifyAll(photos);
            for (int k = 0; k < photos.size(); k++) {
                Outcome<Classification> outcome = classified.get(k);
                results[positions.get(k)] = outcome.succeeded() ? success(outcome.orElseThrow())
                        : failure(Batches.reason(outcome.error().orElseThrow()));
            }
            List<Row> out = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                out.add(RowFactory.create(Batches.append(batch.get(i), results[i])));
            }
            return out;
        }

        private static Object[] success(Classification c) {
            Row[] topK = new Row[c.topK().size()];
            for (int j = 0; j < topK.length; j++) {
                LabelScore s = c.topK().get(j);
                topK[j] = RowFactory.create(s.label(), s.probability());
            }
            return new Object[] {c.label(), c.confidence(), topK, null};
        }

        private static Object[] failure(String error) {
            return new Object[] {null, null, null, error};
        }
    }
}
