package dev.coinid.spark;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.classification.Classification;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.recipe.Recipe;
import dev.coinid.synthetic.SyntheticCoins;
import dev.coinid.synthetic.SyntheticDesigns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * coin-spark in local mode ({@code local[2]}) on 40 generated photos and a tiny model trained for
 * one epoch: the transformers agree with the library row for row, bad images become error rows,
 * and each JVM loads a model once.
 */
@Tag("slow")
class CoinSparkTest {

    @TempDir
    static Path temp;

    static SparkSession spark;
    static Path photos;
    static Path modelDir;
    static Path indexDir;
    static Path designPhotos;
    static List<Path> goodPhotos;
    static Path corrupt;
    static Path truncated;

    @BeforeAll
    static void setUp() throws IOException {
        photos = temp.resolve("photos");
        ImageDataset dataset = SyntheticCoins.builder().imageSize(32).imagesPerClass(10).seed(11).build()
                .writeTo(photos);
        modelDir = temp.resolve("model");
        try (CoinClassifier model = CoinClassifier.builder().recipe(Recipe.seed().inputSize(32, 32))
                .epochs(1).batchSize(20).seed(1).train(dataset)) {
            model.save(modelDir);
        }
        try (Stream<Path> files = Files.walk(photos)) {
            goodPhotos = files.filter(Files::isRegularFile).sorted().toList();
        }
        corrupt = photos.resolve("Atenas").resolve("corrupt.jpg");
        Files.write(corrupt, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5, 6, 7});
        truncated = photos.resolve("Francia").resolve("truncated.jpg");
        byte[] whole = Files.readAllBytes(goodPhotos.get(0));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 3));
        // an empty file: Spark's file sources skip files of 0 bytes, so it yields no row
        Files.write(photos.resolve("empty.png"), new byte[0]);
        Files.writeString(photos.resolve("notes.txt"), "not an image: the job skips it");

        // three made-up designs saved as the catalog pictures of real commemoratives, and photos of them
        SyntheticDesigns designs = SyntheticDesigns.withSeed(2026);
        List<String> ids = CoinCatalog.bundled().entries().stream()
                .filter(e -> e.isCommemorative() && e.jointIssue().isEmpty()).map(CatalogEntry::id).limit(3).toList();
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        designPhotos = Files.createDirectories(temp.resolve("design-photos"));
        for (int i = 0; i < ids.size(); i++) {
            ImageIO.write(designs.catalogPicture(i, 240).toBufferedImage(), "png",
                    gallery.resolve(ids.get(i) + ".png").toFile());
            ImageIO.write(designs.photo(i, new SyntheticDesigns.Shot(30.0 * i, 135, 0.8, 0.5, 0.5, 0.3, 2, i), 200, 200)
                    .toBufferedImage(), "jpg", designPhotos.resolve("photo-" + i + ".jpg").toFile());
        }
        ImageIO.write(designs.photo(7, SyntheticDesigns.Shot.random(new java.util.SplittableRandom(3)), 200, 200)
                .toBufferedImage(), "jpg", designPhotos.resolve("other-design.jpg").toFile());
        Files.write(designPhotos.resolve("broken.jpg"), new byte[] {1, 2, 3});
        indexDir = temp.resolve("index");
        DesignIndex.builder().build(List.of(gallery)).save(indexDir);

        spark = SparkSession.builder().master("local[2]").appName("coin-spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void classifiesRowForRowAsClassifyAll() {
        Dataset<Row> images = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.jpg").load(photos.toString())
                .repartition(4); // several tasks at once on the two threads
        Dataset<Row> out = new CoinClassifierTransformer().setModelPath(modelDir.toString()).setBatchSize(7)
                .transform(images);
        assertThat(out.columns()).containsSubsequence("path", "content", "label", "confidence", "topK", "error");

        List<Row> rows = out.select("path", "label", "confidence", "topK", "error").orderBy("path").collectAsList();
        List<Path> files = rows.stream().map(r -> Path.of(URI.create(r.getString(0)))).toList();
        assertThat(files).hasSize(goodPhotos.size() + 2).doesNotHaveDuplicates()
                .containsAll(goodPhotos).contains(corrupt, truncated);

        List<Path> good = files.stream().filter(f -> !f.equals(corrupt) && !f.equals(truncated)).toList();
        List<Classification> expected;
        try (CoinClassifier model = CoinClassifier.load(modelDir)) {
            expected = model.classifyAll(good.stream().map(ImageSource::of).toList()).stream()
                    .map(Outcome::orElseThrow).toList();
        }
        int k = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (files.get(i).equals(corrupt) || files.get(i).equals(truncated)) {
                assertThat(row.isNullAt(1)).isTrue();
                assertThat(row.isNullAt(2)).isTrue();
                assertThat(row.isNullAt(3)).isTrue();
                assertThat(row.getString(4)).contains(files.get(i).getFileName().toString());
                continue;
            }
            Classification c = expected.get(k++);
            assertThat(row.isNullAt(4)).as("error of %s", files.get(i)).isTrue();
            assertThat(row.getString(1)).as("label of %s", files.get(i)).isEqualTo(c.label());
            assertThat(row.getFloat(2)).isCloseTo(c.confidence(), within(1e-5f));
            List<Row> topK = row.getList(3);
            assertThat(topK).hasSize(c.topK().size());
            for (int j = 0; j < topK.size(); j++) {
                assertThat(topK.get(j).getString(0)).isEqualTo(c.topK().get(j).label());
                assertThat(topK.get(j).getFloat(1)).isCloseTo(c.topK().get(j).probability(), within(1e-5f));
            }
        }
        assertThat(k).isEqualTo(goodPhotos.size());
        assertThat(ExecutorModels.classifierLoads()).as("classifier loads in this JVM").isEqualTo(1);
    }

    @Test
    void theJobWritesOneParquetRowPerImageFileWithErrorsForBadOnes() {
        Path output = temp.resolve("out");
        ClassifyJob.Options options = ClassifyJob.Options.parse("--model", modelDir.toString(),
                "--input", photos.toString(), "--output", output.toString(), "--batch-size", "16");
        assertThat(ClassifyJob.run(spark, options)).isEqualTo(goodPhotos.size() + 2); // not notes.txt nor empty.png

        Dataset<Row> written = spark.read().parquet(output.toString());
        assertThat(written.columns()).containsExactly("path", "label", "confidence", "topK", "error");
        List<Row> errors = written.where("error is not null").orderBy("path").collectAsList();
        assertThat(errors).extracting(r -> Path.of(URI.create(r.getString(0)))).containsExactly(corrupt, truncated);
        assertThat(errors.get(1).getString(4)).contains("truncated.jpg");
        assertThat(written.where("error is null and label is not null and confidence > 0").count())
                .isEqualTo(goodPhotos.size());
        assertThat(written.select("path").distinct().count()).isEqualTo(goodPhotos.size() + 2);

        // running it again, by the same JVM: the model is not loaded again
        assertThatThrownBy(() -> ClassifyJob.run(spark, options)).hasMessageContaining("already exists");
        ClassifyJob.run(spark, ClassifyJob.Options.parse("--model", modelDir.toString(), "--input", photos.toString(),
                "--output", output.toString(), "--overwrite"));
        assertThat(ExecutorModels.classifierLoads()).as("classifier loads in this JVM").isEqualTo(1);
    }

    @Test
    void identifiesDesignsAsTheIndexDoes() {
        Path output = temp.resolve("identified");
        ClassifyJob.run(spark, ClassifyJob.Options.parse("--model", modelDir.toString(), "--index",
                indexDir.toString(), "--input", designPhotos.toString(), "--output", output.toString()));
        List<Row> rows = spark.read().parquet(output.toString()).orderBy("path").collectAsList();
        assertThat(spark.read().parquet(output.toString()).columns()).containsExactly("path", "label", "confidence",
                "topK", "catalogId", "design", "known", "side", "score", "commemorative", "country", "countries", "year",
                "theme", "mintage", "rarity", "error");
        assertThat(rows).hasSize(5);

        DesignIndex index = DesignIndex.load(indexDir);
        int known = 0;
        for (Row row : rows) {
            Path file = Path.of(URI.create(row.getAs("path")));
            if (file.getFileName().toString().equals("broken.jpg")) {
                assertThat((String) row.getAs("error")).contains("broken.jpg");
                assertThat((Object) row.getAs("design")).isNull();
                assertThat((Object) row.getAs("label")).isNull();
                continue;
            }
            Identification id = index.identify(ImageSource.of(file));
            assertThat((Object) row.getAs("error")).isNull();
            assertThat((String) row.getAs("design")).isEqualTo(id.best().design());
            assertThat((Boolean) row.getAs("known")).isEqualTo(id.known());
            assertThat((Double) row.getAs("score")).isCloseTo(id.score(), within(1e-9));
            assertThat((String) row.getAs("catalogId")).isEqualTo(id.coin().map(CatalogEntry::id).orElse(null));
            assertThat((String) row.getAs("country")).isEqualTo(id.coin().map(CatalogEntry::countryName).orElse(null));
            assertThat((Integer) row.getAs("year")).isEqualTo(id.likeliestCoin().map(CatalogEntry::year).orElse(null));
            assertThat((Boolean) row.getAs("commemorative"))
                    .isEqualTo(id.likeliestCoin().map(CatalogEntry::isCommemorative).orElse(null));
            assertThat((String) row.getAs("side")).isEqualTo(id.known() ? "national" : null);
            assertThat(row.<String>getList(row.fieldIndex("countries")))
                    .containsExactlyElementsOf(id.coin().map(c -> List.of(c.countryName())).orElse(List.of()));
            known += id.known() ? 1 : 0;
        }
        assertThat(known).as("photos of indexed designs named").isGreaterThanOrEqualTo(1);
        assertThat(ExecutorModels.indexLoads()).isEqualTo(1);
        assertThat(ExecutorModels.classifierLoads()).isEqualTo(1);
    }

    @Test
    void identifiesWithTheIndexAloneWithoutAClassifier() {
        Path output = temp.resolve("identified-only");
        ClassifyJob.run(spark, ClassifyJob.Options.parse("--index", indexDir.toString(), "--input",
                designPhotos.toString(), "--output", output.toString()));
        Dataset<Row> written = spark.read().parquet(output.toString());
        assertThat(written.columns()).containsExactly("path", "catalogId", "design", "known", "side", "score",
                "commemorative", "country", "countries", "year", "theme", "mintage", "rarity", "error");
        DesignIndex index = DesignIndex.load(indexDir);
        List<Row> rows = written.orderBy("path").collectAsList();
        assertThat(rows).hasSize(5);
        for (Row row : rows) {
            Path file = Path.of(URI.create(row.getAs("path")));
            if (file.getFileName().toString().equals("broken.jpg")) {
                assertThat((String) row.getAs("error")).contains("broken.jpg");
                continue;
            }
            Identification id = index.identify(ImageSource.of(file));
            assertThat((String) row.getAs("design")).isEqualTo(id.best().design());
            assertThat((Double) row.getAs("score")).isCloseTo(id.score(), within(1e-9));
            assertThat((String) row.getAs("catalogId")).isEqualTo(id.coin().map(CatalogEntry::id).orElse(null));
            Long mintage = id.coin().filter(c -> c.circulatedMintage().isPresent())
                    .map(c -> c.circulatedMintage().getAsLong()).orElse(null);
            assertThat((Long) row.getAs("mintage")).isEqualTo(mintage);
        }
    }

    @Test
    void refusesAFrameWithoutImageBytesAndSavesItsParameters() throws IOException {
        Dataset<Row> text = spark.read().text(photos.resolve("notes.txt").toString());
        assertThatThrownBy(() -> new CoinClassifierTransformer().setModelPath(modelDir.toString()).transform(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no column content");

        CoinClassifierTransformer transformer = new CoinClassifierTransformer().setModelPath(modelDir.toString())
                .setBatchSize(9);
        String saved = temp.resolve("transformer").toString();
        transformer.save(saved);
        CoinClassifierTransformer loaded = CoinClassifierTransformer.load(saved);
        assertThat(loaded.getModelPath()).isEqualTo(modelDir.toString());
        assertThat(loaded.getBatchSize()).isEqualTo(9);
        assertThat(loaded.uid()).isEqualTo(transformer.uid());
    }

    @Test
    void parsesTheJobArguments() {
        ClassifyJob.Options options = ClassifyJob.Options.parse("--model", "m", "--input", "i", "--output", "o",
                "--index", "x", "--master", "local[2]");
        assertThat(options).isEqualTo(new ClassifyJob.Options("m", "i", "o", "x", "local[2]", 32, false));
        // without a model, the bundled index; with a model alone, no index
        assertThat(ClassifyJob.Options.parse("--input", "i", "--output", "o").index()).isEqualTo("bundled");
        assertThat(ClassifyJob.Options.parse("--input", "i", "--output", "o").model()).isNull();
        assertThat(ClassifyJob.Options.parse("--model", "m", "--input", "i", "--output", "o").index()).isNull();
        assertThatThrownBy(() -> ClassifyJob.Options.parse("--model", "m")).hasMessage("missing --input, --output");
        assertThatThrownBy(() -> ClassifyJob.Options.parse("--model", "m", "--input", "i", "--output", "o",
                "--batch-size", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ClassifyJob.Options.parse("--what")).hasMessage("unknown argument: --what");
    }
}
