package dev.coinid.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

/**
 * Identifies (with a design index) and classifies (with {@code --model}) every image under a
 * folder and writes one Parquet row per image file: {@code path[, label, confidence, topK][,
 * catalogId, design, known, side, score, commemorative, country, countries, year, theme, mintage,
 * rarity], error}.
 *
 * <pre>
 * spark-submit --class dev.coinid.spark.ClassifyJob coin-spark.jar \
 *     --input PATH --output PATH [--index DIR|bundled] [--model DIR] [--master local[2]] [--overwrite]
 * </pre>
 *
 * <p>Without {@code --model} the job identifies with {@code --index}, the bundled index of every
 * 2-euro design when that is not given either; with {@code --model} alone it classifies only; with
 * both it does both.
 *
 * <p>Images are the files whose names end in .jpg, .jpeg, .png, .gif, .bmp, .tif, .tiff or
 * .webp (any case), found recursively. Exit status 0 when the job ran (rows with an error
 * included), 2 for bad arguments, 1 when the job failed.
 */
public final class ClassifyJob {

    /** The file names read from the input folder: the image formats coinid decodes. */
    static final String IMAGE_GLOB = "*.{jpg,jpeg,png,gif,bmp,tif,tiff,webp,JPG,JPEG,PNG,GIF,BMP,TIF,TIFF,WEBP,Jpg,Jpeg,Png}";

    private static final String USAGE = """
            usage: ClassifyJob --input PATH --output PATH [--index DIR|bundled] [--model DIR]
                               [--master URL] [--batch-size N] [--overwrite]
              --input PATH     a folder (or glob) of images, read recursively (any Hadoop file system)
              --output PATH    where the Parquet files go
              --index DIR      identify the 2-euro design with this saved DesignIndex: a path every
                               executor can read, or the name it was shipped under (spark-submit
                               --archives index.zip#index); "bundled": the index of every 2-euro
                               design coinid ships, the default when --model is not given
              --model DIR      classify with this saved CoinClassifier, found like --index; alone,
                               the job classifies only
              --master URL     Spark master, e.g. local[2] (spark-submit's --master otherwise)
              --batch-size N   rows of a partition decoded and classified together (default 32)
              --overwrite      replace the output if it exists (otherwise the job refuses)""";

    private ClassifyJob() {
    }

    /**
     * The job's arguments: {@code model} null for identification only, {@code index} null for
     * classification only (never both null: without a model the index is the bundled one).
     */
    record Options(String model, String input, String output, String index, String master, int batchSize,
                   boolean overwrite) {

        static Options parse(String... args) {
            String model = null;
            String input = null;
            String output = null;
            String index = null;
            String master = null;
            int batchSize = 32;
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--overwrite" -> overwrite = true;
                    case "--model", "--input", "--output", "--index", "--master", "--batch-size" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        String value = args[++i];
                        switch (arg) {
                            case "--model" -> model = value;
                            case "--input" -> input = value;
                            case "--output" -> output = value;
                            case "--index" -> index = value;
                            case "--master" -> master = value;
                            default -> {
                                try {
                                    batchSize = Integer.parseInt(value);
                                } catch (NumberFormatException e) {
                                    throw new IllegalArgumentException("--batch-size needs a whole number, was " + value);
                                }
                                if (batchSize < 1) {
                                    throw new IllegalArgumentException("--batch-size must be at least 1, was " + value);
                                }
                            }
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            List<String> missing = new ArrayList<>();
            if (input == null) {
                missing.add("--input");
            }
            if (output == null) {
                missing.add("--output");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("missing " + String.join(", ", missing));
            }
            if (model == null && index == null) {
                index = DesignIdentifierTransformer.BUNDLED_INDEX;
            }
            return new Options(model, input, output, index, master, batchSize, overwrite);
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ClassifyJob: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder()
                .appName(options.model() == null ? "coinid identify" : "coinid classify");
        if (options.master() != null) {
            builder.master(options.master());
        }
        SparkSession spark = builder.getOrCreate();
        int status = 0;
        try {
            long start = System.nanoTime();
            long rows = run(spark, options);
            System.out.printf(Locale.ROOT, "ClassifyJob: %d images written to %s in %.1f s, %d of them with an error%n",
                    rows, options.output(), (System.nanoTime() - start) / 1e9,
                    spark.read().parquet(options.output()).where("error is not null").count());
            System.out.print(spark.read().parquet(options.output()).schema().treeString());
        } catch (RuntimeException e) {
            System.err.println("ClassifyJob failed: " + e);
            status = 1;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * What a file costs when Spark packs files into partitions, unless the session sets
     * {@code spark.sql.files.openCostInBytes} itself: Spark's default (4 MiB) counts a 5 kB crop as
     * 4 MiB, so a partition holds at most 32 crops, and every task costs about 0.1 CPU second of
     * its own (5,000 crops took 40% more CPU in 157 tasks than in 2).
     */
    static final long OPEN_COST_BYTES = 16 * 1024;

    /** The images under the input folder, as {@code binaryFile} reads them. */
    static Dataset<Row> images(SparkSession spark, String input) {
        if (!spark.conf().contains("spark.sql.files.openCostInBytes")) {
            spark.conf().set("spark.sql.files.openCostInBytes", OPEN_COST_BYTES);
        }
        return spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", IMAGE_GLOB)
                .load(input);
    }

    /** The columns the classifier adds, as the job writes them. */
    static final List<String> CLASSIFICATION_COLUMNS = List.of("label", "confidence", "topK");

    /** The columns the index adds, as the job writes them (the fields of {@code coinid identify --json}). */
    static final List<String> IDENTIFICATION_COLUMNS = List.of("catalogId", "design", "known", "side", "score",
            "commemorative", "country", "countries", "year", "theme", "mintage", "rarity");

    /**
     * The result columns for {@code images}: path, classification (with a model), identification
     * (with an index), error (the classifier's, or else the index's).
     */
    static Dataset<Row> results(Dataset<Row> images, Options options) {
        List<Step> steps = new ArrayList<>();
        if (options.model() != null) {
            steps.add(new Step(new CoinClassifierTransformer().setModelPath(options.model()), CLASSIFICATION_COLUMNS,
                    "classifyError"));
        }
        if (options.index() != null) {
            steps.add(new Step(new DesignIdentifierTransformer().setIndexPath(options.index()), IDENTIFICATION_COLUMNS,
                    "identifyError"));
        }
        Dataset<Row> out = images;
        List<Column> columns = new ArrayList<>(List.of(col("path")));
        List<Column> errors = new ArrayList<>();
        for (Step step : steps) {
            out = step.transformer().setBatchSize(options.batchSize()).setErrorCol(step.errorColumn()).transform(out);
            step.columns().forEach(name -> columns.add(col(name)));
            errors.add(col(step.errorColumn()));
        }
        columns.add((errors.size() == 1 ? errors.get(0) : coalesce(errors.toArray(Column[]::new))).as("error"));
        return out.select(columns.toArray(Column[]::new));
    }

    /**
     * One transformer the job runs, in order: the columns of its results it writes, and the name
     * its error column takes until the errors are merged into one.
     */
    private record Step(ImageTransformer<?> transformer, List<String> columns, String errorColumn) {
    }

    /** Runs the job on {@code spark}; returns how many rows it wrote. */
    static long run(SparkSession spark, Options options) {
        Dataset<Row> out = results(images(spark, options.input()), options);
        out.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(options.output());
        return spark.read().parquet(options.output()).count();
    }
}
