package dev.coinid.spark;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.image.ImageSource;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Identifies the 2-euro design in the images of a data frame with a saved {@link DesignIndex}: to
 * a frame with {@code content} and {@code path} (as {@code binaryFile} yields) it adds
 * {@code catalogId} (string, null when unknown), {@code design} (string: the best candidate, known
 * or not), {@code known} (boolean), {@code score} (double, 0..1), {@code commemorative} (boolean),
 * {@code country} (string), {@code year} (int), {@code theme} (string) (these four null when
 * unknown) and {@code error} (string), as {@code coinid identify --json} reports them.
 *
 * <p>Each executor JVM loads the index once and its tasks share it (an index is thread-safe and
 * holds no native memory). A row whose image cannot be read keeps its columns, with {@code error}
 * saying why and the others null.
 */
public final class DesignIdentifierTransformer extends ImageTransformer {

    private static final long serialVersionUID = 1L;

    private final Param<String> indexPath = new Param<>(this, "indexPath",
            "the directory of a saved DesignIndex, readable by every executor at that path, "
                    + "or the name it was shipped under (spark-submit --archives index.zip#name)");

    public DesignIdentifierTransformer() {
        this(Identifiable$.MODULE$.randomUID("designIdentifier"));
    }

    public DesignIdentifierTransformer(String uid) {
        super(uid);
    }

    /** Reads a transformer saved with {@code write().save(path)}. */
    public static DesignIdentifierTransformer load(String path) {
        return new DefaultParamsReader<DesignIdentifierTransformer>().load(path);
    }

    public Param<String> indexPath() {
        return indexPath;
    }

    public String getIndexPath() {
        return getOrDefault(indexPath);
    }

    public DesignIdentifierTransformer setIndexPath(String value) {
        set(indexPath, value);
        return this;
    }

    public DesignIdentifierTransformer setContentCol(String value) {
        set(contentCol(), value);
        return this;
    }

    public DesignIdentifierTransformer setPathCol(String value) {
        set(pathCol(), value);
        return this;
    }

    public DesignIdentifierTransformer setErrorCol(String value) {
        set(errorCol(), value);
        return this;
    }

    public DesignIdentifierTransformer setBatchSize(int value) {
        set(batchSize(), value);
        return this;
    }

    @Override
    StructField[] resultFields() {
        return new StructField[] {
            DataTypes.createStructField("catalogId", DataTypes.StringType, true),
            DataTypes.createStructField("design", DataTypes.StringType, true),
            DataTypes.createStructField("known", DataTypes.BooleanType, true),
            DataTypes.createStructField("score", DataTypes.DoubleType, true),
            DataTypes.createStructField("commemorative", DataTypes.BooleanType, true),
            DataTypes.createStructField("country", DataTypes.StringType, true),
            DataTypes.createStructField("year", DataTypes.IntegerType, true),
            DataTypes.createStructField("theme", DataTypes.StringType, true)};
    }

    @Override
    MapPartitionsFunction<Row, Row> partitionFunction(int content, int path) {
        return new Identify(getIndexPath(), getBatchSize(), content, path);
    }

    @Override
    public DesignIdentifierTransformer copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    private record Identify(String indexPath, int batchSize, int content, int path)
            implements MapPartitionsFunction<Row, Row> {

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            DesignIndex index = ExecutorModels.index(indexPath);
            return new Batches(rows, batchSize, batch -> {
                List<Row> out = new ArrayList<>(batch.size());
                for (Row row : batch) {
                    out.add(RowFactory.create(Batches.append(row, identify(index, row))));
                }
                return out;
            });
        }

        private Object[] identify(DesignIndex index, Row row) {
            String name = row.isNullAt(path) ? "row without a path" : row.getString(path);
            if (row.isNullAt(content)) {
                return failure(name + ": no image bytes");
            }
            Identification id;
            try {
                id = index.identify(ImageSource.of((byte[]) row.get(content), name));
            } catch (RuntimeException e) {
                return failure(Batches.reason(e));
            }
            CatalogEntry coin = id.coin().orElse(null);
            // the design's facts are every issuer's; the country is the coin's, null where the photo did not settle it
            CatalogEntry design = id.likeliestCoin().orElse(null);
            return new Object[] {
                coin == null ? null : coin.id(),
                id.best().design(),
                id.known(),
                id.best().score(),
                design == null ? null : design.isCommemorative(),
                coin == null ? null : coin.countryName(),
                design == null ? null : design.year(),
                design == null ? null : design.theme(),
                null};
        }

        private static Object[] failure(String error) {
            return new Object[] {null, null, null, null, null, null, null, null, error};
        }
    }
}
