package dev.coinid.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.augment.Augmentation;
import dev.coinid.classification.LabelScore;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.model.internal.Json;
import dev.coinid.model.recipe.Preprocessing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A saved model loads back identical, and a damaged one fails with a typed error naming the problem. */
class ModelSaveLoadTest {

    @TempDir
    static Path temp;
    static Path saved;
    static List<RgbImage> images;

    @BeforeAll
    static void saveTheSharedModel() {
        saved = temp.resolve("model");
        TrainedSyntheticModel.model().save(saved);
        images = TrainedSyntheticModel.testPictures(20, 8);
    }

    @Test
    void loadGivesIdenticalProbabilitiesAndMetadata() {
        CoinClassifier original = TrainedSyntheticModel.model();
        try (CoinClassifier loaded = CoinClassifier.load(saved)) {
            for (RgbImage image : images) {
                assertThat(CoinClassifierTrainingTest.probabilities(loaded.classify(ImageSource.of(image))))
                        .containsExactly(CoinClassifierTrainingTest.probabilities(original.classify(ImageSource.of(image))));
            }
            assertThat(loaded.labels()).isEqualTo(original.labels());
            assertThat(loaded.preprocessing()).isEqualTo(original.preprocessing());
            assertThat(loaded.architecture()).isEqualTo(original.architecture());
            assertThat(loaded.history()).isEqualTo(original.history());
            assertThat(loaded.metadata().training()).isEqualTo(original.metadata().training());
            assertThat(loaded.metadata().metrics()).isEqualTo(original.metadata().metrics());
            assertThat(loaded.metadata().checksums()).containsKeys("saved_model.pb", "variables/variables.index");
        }
    }

    @Test
    void directoryHoldsASavedModelAndReadableJson() throws IOException {
        assertThat(saved.resolve("saved_model.pb")).isRegularFile();
        assertThat(saved.resolve("variables")).isDirectory();
        String json = Files.readString(saved.resolve(ModelMetadata.FILE_NAME));
        assertThat(json).contains("\"formatVersion\" : 1", "\"labels\" : [ \"Altamira\", \"Atenas\", \"Francia\", \"Vaticano\" ]",
                "\"type\" : \"conv2d\"", "\"libraryVersion\" : \"0.1.0-SNAPSHOT\"");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).as("no temporary directory left")
                    .contains("model").noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void saveReplacesAnEarlierModel() {
        Path dir = temp.resolve("replaced");
        TrainedSyntheticModel.model().save(dir);
        TrainedSyntheticModel.model().save(dir);
        try (CoinClassifier loaded = CoinClassifier.load(dir)) {
            assertThat(loaded.labels()).hasSize(4);
        }
    }

    @Test
    void failedSaveLeavesThePreviousModelIntact() throws IOException {
        Path dir = copyOfSavedModel("intact");
        CoinClassifier closed = CoinClassifier.load(saved);
        closed.close(); // its session is gone: exporting fails part-way
        assertThatThrownBy(() -> closed.save(dir)).isInstanceOf(RuntimeException.class);
        try (CoinClassifier loaded = CoinClassifier.load(dir); Stream<Path> siblings = Files.list(dir.getParent())) {
            assertThat(loaded.classify(ImageSource.of(images.get(0))).label())
                    .isEqualTo(TrainedSyntheticModel.model().classify(ImageSource.of(images.get(0))).label());
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".intact"))).isEmpty();
        }
    }

    @Test
    void aModelThatCannotBeWrittenIsACoinIdExceptionNamingTheFolder() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("notes.txt"), "a file, not a folder");
        Path dir = notAFolder.resolve("model");

        assertThatThrownBy(() -> TrainedSyntheticModel.model().save(dir))
                .isInstanceOf(dev.coinid.error.FileWriteException.class)
                .isInstanceOf(dev.coinid.error.CoinIdException.class)
                .hasMessageStartingWith(dir + ": cannot save the model");
    }

    @Test
    void howManyLabelsAClassificationListsIsAskedPerCallAndNotSaved() {
        List<String> labels = List.of("a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8");
        dev.coinid.dataset.ImageDataset coins = dev.coinid.synthetic.SyntheticCoins.builder().labels(labels)
                .imageSize(32).imagesPerClass(2).seed(5).build().generate();
        Path dir = temp.resolve("eight-classes");
        try (CoinClassifier trained = CoinClassifier.builder()
                .preprocessing(Preprocessing.seed().inputSize(32, 32))
                .architecture(dev.coinid.model.architecture.Architectures.seedCnn())
                .augmentation(dev.coinid.augment.Augmentation.none())
                .epochs(1).batchSize(16).threads(1)
                .train(coins)) {
            assertThat(trained.classify(ImageSource.of(images.get(0))).topK()).hasSize(CoinClassifier.DEFAULT_TOP_K);
            trained.save(dir);
        }
        assertThat(dir.resolve(ModelMetadata.FILE_NAME)).content().doesNotContain("topK");

        try (CoinClassifier loaded = CoinClassifier.load(dir)) {
            dev.coinid.classification.Classification result = loaded.classify(ImageSource.of(images.get(0)));
            assertThat(result.topK()).hasSize(CoinClassifier.DEFAULT_TOP_K);
            assertThat(result.top(8)).hasSize(8).startsWith(result.topK().toArray(new LabelScore[0]));
            assertThat(result.top(3)).isEqualTo(result.topK().subList(0, 3));
            assertThat(result.withTopK(8).topK()).isEqualTo(result.top(8));
            assertThat(result.top(20)).hasSize(8);
        }
    }

    @Test
    void aModelSavedWithTheTopKOfEarlierVersionsStillLoads() throws IOException {
        Path dir = copyOfSavedModel("with-top-k");
        Path json = dir.resolve(ModelMetadata.FILE_NAME);
        String withTopK = Files.readString(json).replaceFirst("\\{", "{\"topK\": 2, ");
        assertThat(withTopK).contains("\"topK\": 2");
        Files.writeString(json, withTopK);

        try (CoinClassifier loaded = CoinClassifier.load(dir)) {
            assertThat(loaded.classify(ImageSource.of(images.get(0))).topK()).hasSize(4); // the model's 4 labels, fewer than 5
        }
    }

    @Test
    void theAugmentationIsSavedAsAValueAndAnUnreleasedSnapshotsTextStillLoads() throws IOException {
        Path dir = copyOfSavedModel("augmentation-as-text");
        Path json = dir.resolve(ModelMetadata.FILE_NAME);
        Augmentation trained = TrainedSyntheticModel.model().metadata().training().augmentation();
        try (CoinClassifier loaded = CoinClassifier.load(saved)) {
            assertThat(loaded.metadata().training().augmentation()).isNotNull().isEqualTo(trained);
        }
        ObjectNode tree = (ObjectNode) Json.reader().readTree(Files.readString(json));
        ((ObjectNode) tree.get("training")).put("augmentation", trained.toString());
        Files.writeString(json, Json.writer().writeValueAsString(tree));

        try (CoinClassifier loaded = CoinClassifier.load(dir)) {
            assertThat(loaded.metadata().training().augmentation()).as("unknown").isNull();
            assertThat(loaded.labels()).isEqualTo(TrainedSyntheticModel.model().labels());
        }
    }

    @Test
    void saveRefusesToOverwriteAFolderThatIsNotAModel() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(dir.resolve("holiday.jpg"), "precious");
        assertThatThrownBy(() -> TrainedSyntheticModel.model().save(dir))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("photos").hasMessageContaining("not overwriting");
        assertThat(dir.resolve("holiday.jpg")).hasContent("precious");
    }

    @Test
    void missingDirectoryFails() {
        assertThatThrownBy(() -> CoinClassifier.load(temp.resolve("nowhere")))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("nowhere").hasMessageContaining("no such model directory");
    }

    @Test
    void directoryWithoutMetadataFails() throws IOException {
        Path dir = copyOfSavedModel("no-json");
        Files.delete(dir.resolve(ModelMetadata.FILE_NAME));
        assertThatThrownBy(() -> CoinClassifier.load(dir))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("missing coinid-model.json");
    }

    @Test
    void missingVariablesFileFails() throws IOException {
        Path dir = copyOfSavedModel("partial");
        Files.delete(dir.resolve("variables/variables.index"));
        assertThatThrownBy(() -> CoinClassifier.load(dir))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("variables.index").hasMessageContaining("incomplete");
    }

    @Test
    void tamperedWeightsFail() throws IOException {
        Path dir = copyOfSavedModel("tampered");
        Path data;
        try (Stream<Path> files = Files.list(dir.resolve("variables"))) {
            data = files.filter(p -> p.getFileName().toString().startsWith("variables.data")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(data);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(data, bytes);
        assertThatThrownBy(() -> CoinClassifier.load(dir))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(data.getFileName().toString()).hasMessageContaining("checksum mismatch");
    }

    @Test
    void newerFormatFailsWithItsOwnType() throws IOException {
        Path dir = copyOfSavedModel("newer");
        Path json = dir.resolve(ModelMetadata.FILE_NAME);
        Files.writeString(json, Files.readString(json).replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        assertThatThrownBy(() -> CoinClassifier.load(dir))
                .isInstanceOf(UnsupportedModelVersionException.class)
                .hasMessageContaining("99").hasMessageContaining("upgrade coinid");
    }

    @Test
    void corruptJsonFails() throws IOException {
        Path dir = copyOfSavedModel("bad-json");
        Files.writeString(dir.resolve(ModelMetadata.FILE_NAME), "{ \"formatVersion\" : 1, \"labels\" : [");
        assertThatThrownBy(() -> CoinClassifier.load(dir))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining(ModelMetadata.FILE_NAME).hasMessageContaining("not valid JSON");
    }

    @Test
    void metadataThatDoesNotFitTheGraphFails() throws IOException {
        Path dir = copyOfSavedModel("wrong-labels");
        Path json = dir.resolve(ModelMetadata.FILE_NAME);
        Files.writeString(json, Files.readString(json).replace("\"Vaticano\" ]", "\"Vaticano\", \"Extra\" ]"));
        assertThatThrownBy(() -> CoinClassifier.load(dir))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("5 labels");
    }

    private static Path copyOfSavedModel(String name) throws IOException {
        Path target = temp.resolve(name);
        try (Stream<Path> files = Files.walk(saved)) {
            for (Path source : files.toList()) {
                Files.copy(source, target.resolve(saved.relativize(source).toString()));
            }
        }
        return target;
    }
}
