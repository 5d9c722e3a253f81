package dev.coinid.spark;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;

/**
 * What the coinid transformers share: they read encoded image bytes and a name for each row (the
 * {@code content} and {@code path} columns of Spark's {@code binaryFile} source by default), keep
 * every input column, and append their own columns plus an error column (null unless the row's
 * image could not be read or processed; then every appended column but the error is null).
 * {@code T} is the transformer's own class, which the setters return for chaining.
 *
 * @param <T> the concrete transformer
 */
abstract class ImageTransformer<T extends ImageTransformer<T>> extends Transformer implements DefaultParamsWritable {

    private static final long serialVersionUID = 1L;

    // created in the constructor: a param takes its parent's uid when it is made
    private final String uid;
    private final Param<String> contentCol;
    private final Param<String> pathCol;
    private final Param<String> errorCol;
    private final IntParam batchSize;

    ImageTransformer(String uid) {
        this.uid = uid;
        contentCol = new Param<>(this, "contentCol", "the binary column holding each encoded image (JPEG, PNG, ...)");
        pathCol = new Param<>(this, "pathCol", "the string column naming each image in results and errors");
        errorCol = new Param<>(this, "errorCol",
                "the string column added for failures: null, or why the row's image could not be processed");
        batchSize = new IntParam(this, "batchSize",
                "how many rows of a partition are decoded and processed together", ParamValidators.gtEq(1));
        setDefault(contentCol, "content");
        setDefault(pathCol, "path");
        setDefault(errorCol, "error");
        setDefault(batchSize, 32);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> contentCol() {
        return contentCol;
    }

    public Param<String> pathCol() {
        return pathCol;
    }

    public Param<String> errorCol() {
        return errorCol;
    }

    public IntParam batchSize() {
        return batchSize;
    }

    public String getContentCol() {
        return getOrDefault(contentCol);
    }

    public String getPathCol() {
        return getOrDefault(pathCol);
    }

    public String getErrorCol() {
        return getOrDefault(errorCol);
    }

    public int getBatchSize() {
        return (Integer) getOrDefault(batchSize);
    }

    public T setContentCol(String value) {
        set(contentCol, value);
        return self();
    }

    public T setPathCol(String value) {
        set(pathCol, value);
        return self();
    }

    public T setErrorCol(String value) {
        set(errorCol, value);
        return self();
    }

    public T setBatchSize(int value) {
        set(batchSize, value);
        return self();
    }

    /** This transformer as its own class, for the setters' chaining. */
    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** The columns this transformer appends before the error column, in order. */
    abstract StructField[] resultFields();

    /** The per-partition work, given the positions of the content and path columns. */
    abstract MapPartitionsFunction<Row, Row> partitionFunction(int content, int path);

    @Override
    public StructType transformSchema(StructType schema) {
        requireColumn(schema, getContentCol(), DataTypes.BinaryType);
        requireColumn(schema, getPathCol(), DataTypes.StringType);
        StructType out = schema;
        StructField[] added = Arrays.copyOf(resultFields(), resultFields().length + 1);
        added[added.length - 1] = DataTypes.createStructField(getErrorCol(), DataTypes.StringType, true);
        for (StructField field : added) {
            if (Arrays.asList(schema.fieldNames()).contains(field.name())) {
                throw new IllegalArgumentException("the input already has a column " + field.name()
                        + " (" + uid + " would add it)");
            }
            out = out.add(field);
        }
        return out;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType in = dataset.schema();
        StructType out = transformSchema(in);
        return dataset.toDF().mapPartitions(
                partitionFunction(in.fieldIndex(getContentCol()), in.fieldIndex(getPathCol())), Encoders.row(out));
    }

    private static void requireColumn(StructType schema, String name, DataType type) {
        if (!Arrays.asList(schema.fieldNames()).contains(name)) {
            throw new IllegalArgumentException("the input has no column " + name + " (columns: "
                    + String.join(", ", schema.fieldNames()) + ")");
        }
        DataType actual = schema.apply(name).dataType();
        if (!actual.equals(type)) {
            throw new IllegalArgumentException("column " + name + " is " + actual.simpleString() + ", not "
                    + type.simpleString());
        }
    }
}
