package dev.coinid.spark;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.ImageSource;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.match.Side;
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
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Identifies the 2-euro design in the images of a data frame with a {@link DesignIndex}: the
 * bundled index of every 2-euro design by default, or a saved one ({@link #setIndexPath}). To a
 * frame with {@code content} and {@code path} (as {@code binaryFile} yields) it adds the fields
 * {@code coinid identify --json} reports: {@code catalogId} (string, null unless the coin is told),
 * {@code design} (string: the best candidate, known or not), {@code known} (boolean),
 * {@code side} (string: {@code national}, {@code common} or null), {@code score} (double, 0..1),
 * {@code commemorative} (boolean), {@code country} (string, the coin's), {@code countries} (array
 * of string: the coin's country, or every country that may have struck a common issue whose country
 * is open, likeliest first; empty when unknown), {@code year} (int), {@code theme} (string),
 * {@code mintage} (long: coins struck for circulation), {@code rarity} (int: rank by lowest
 * mintage) (null when unknown or not published) and {@code error} (string).
 *
 * <p>Each executor JVM loads the index once and its tasks share it (an index is thread-safe and
 * holds no native memory). A row whose image cannot be read keeps its columns, with {@code error}
 * saying why and the others null.
 */
public final class DesignIdentifierTransformer extends ImageTransformer<DesignIdentifierTransformer> {

    private static final long serialVersionUID = 1L;

    /** The index path that names the bundled index of every 2-euro design (module coin-references). */
    public static final String BUNDLED_INDEX = ExecutorModels.BUNDLED_INDEX;

    private final Param<String> indexPath = new Param<>(this, "indexPath",
            "the directory of a saved DesignIndex, readable by every executor at that path, "
                    + "or the name it was shipped under (spark-submit --archives index.zip#name), "
                    + "or \"" + BUNDLED_INDEX + "\" (the default): the index of every 2-euro design coinid ships");

    public DesignIdentifierTransformer() {
        this(Identifiable$.MODULE$.randomUID("designIdentifier"));
    }

    public DesignIdentifierTransformer(String uid) {
        super(uid);
        setDefault(indexPath, BUNDLED_INDEX);
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

    @Override
    StructField[] resultFields() {
        return new StructField[] {
            DataTypes.createStructField("catalogId", DataTypes.StringType, true),
            DataTypes.createStructField("design", DataTypes.StringType, true),
            DataTypes.createStructField("known", DataTypes.BooleanType, true),
            DataTypes.createStructField("side", DataTypes.StringType, true),
            DataTypes.createStructField("score", DataTypes.DoubleType, true),
            DataTypes.createStructField("commemorative", DataTypes.BooleanType, true),
            DataTypes.createStructField("country", DataTypes.StringType, true),
            DataTypes.createStructField("countries", DataTypes.createArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField("year", DataTypes.IntegerType, true),
            DataTypes.createStructField("theme", DataTypes.StringType, true),
            DataTypes.createStructField("mintage", DataTypes.LongType, true),
            DataTypes.createStructField("rarity", DataTypes.IntegerType, true)};
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
            return fields(id, index.catalog());
        }

        private static Object[] failure(String error) {
            return new Object[] {null, null, null, null, null, null, null, null, null, null, null, null, error};
        }
    }

    /** The values of the result columns for one identification, as {@code coinid identify --json} gives them. */
    private static Object[] fields(Identification id, CoinCatalog catalog) {
        CatalogEntry coin = id.coin().orElse(null);
        // the design's facts are every issuer's; the country, mintage and rarity are the coin's,
        // null where the photo did not settle the country
        CatalogEntry design = id.likeliestCoin().orElse(null);
        String[] countries = (coin != null ? List.of(coin) : id.issuers()).stream()
                .map(CatalogEntry::countryName).toArray(String[]::new);
        OptionalLong mintage = coin == null ? OptionalLong.empty() : coin.circulatedMintage();
        OptionalInt rarity = coin == null ? OptionalInt.empty() : catalog.rarityOf(coin).rank();
        return new Object[] {
            coin == null ? null : coin.id(),
            id.best().design(),
            id.known(),
            id.side() == Side.UNKNOWN ? null : id.side().name().toLowerCase(Locale.ROOT),
            id.best().score(),
            design == null ? null : design.isCommemorative(),
            coin == null ? null : coin.countryName(),
            countries,
            design == null ? null : design.year(),
            design == null ? null : design.theme(),
            mintage.isPresent() ? mintage.getAsLong() : null,
            rarity.isPresent() ? rarity.getAsInt() : null,
            null};
    }
}
