package dev.coinid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.synthetic.SyntheticCoins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evaluate} and {@code classify} on one model trained once by {@code coinid train}. */
class ModelCommandsTest {

    @TempDir
    static Path shared;

    static Path photos;
    static Path model;

    @TempDir
    Path temp;

    @BeforeAll
    static void trainAModel() {
        photos = TinyCoins.writeSeedClasses(shared.resolve("photos"));
        model = TinyCoins.trainModel(photos, shared.resolve("model"), 2);
    }

    @Test
    void evaluatePrintsTheMetricsAndDrawsTheConfusionMatrix() throws IOException {
        Path png = temp.resolve("confusion.png");

        CliRun run = CliRun.of("evaluate", model.toString(), photos.toString(), "--confusion-png", png.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("40 images", "accuracy", "macro recall", "keras recall",
                "confusion (rows: actual, columns: predicted)", "Altamira", "Vaticano");
        assertThat(ImageIO.read(png.toFile())).isNotNull();
    }

    @Test
    void evaluateRejectsAFolderWithClassesTheModelDoesNotKnow() {
        Path other = TinyCoins.write(temp.resolve("other"), List.of("Atenas", "Malta"), 3);

        CliRun run = CliRun.of("evaluate", model.toString(), other.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .contains(other.toString()).contains("[Malta]").contains("the model knows");
    }

    @Test
    void aMissingModelDirectoryIsBadInputOnOneLine() {
        Path missing = temp.resolve("no-model");
        Path photo = sample("Atenas");

        CliRun classify = CliRun.of("classify", missing.toString(), photo.toString());
        CliRun evaluate = CliRun.of("evaluate", missing.toString(), photos.toString());

        for (CliRun run : List.of(classify, evaluate)) {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.errLines()).singleElement().asString().startsWith("coinid: ").contains(missing.toString());
        }
    }

    @Test
    void classifyTellsTheCoinAndItsCatalogFacts() {
        CliRun run = CliRun.of("classify", model.toString(), sample("Atenas").toString(), sample("Francia").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines().filter(l -> l.contains("2-euro coin")).count()).isEqualTo(2);
        assertThat(run.out()).contains(sample("Atenas") + ": ", sample("Francia") + ": ", "commemorative: ",
                "catalog id ", "top 4: ");
    }

    @Test
    void classifyShowsTheAskedNumberOfLabelsAfterSaveAndLoad() throws IOException {
        List<String> labels = List.of("1c", "2c", "5c", "10c", "20c", "50c", "1e", "2e");
        Path eight = TinyCoins.write(temp.resolve("eight"), labels, 3);
        Path eightModel = temp.resolve("eight-model");
        CliRun train = CliRun.of("train", eight.toString(), "--input-size", "32", "--epochs", "1", "--quiet",
                "--no-charts", "-o", eightModel.toString());
        assertThat(train.exitCode()).as(train.err()).isEqualTo(ExitCodes.OK);
        Path photo = eight.resolve("2e").resolve("2e_0000.jpg");

        CliRun text = CliRun.of("classify", eightModel.toString(), "--top", "8", photo.toString());
        CliRun json = CliRun.of("classify", eightModel.toString(), "--top", "8", "--json", photo.toString());
        CliRun ten = CliRun.of("classify", eightModel.toString(), "--top", "10", photo.toString());

        assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).contains("top 8: ");
        assertThat(text.out().lines().filter(line -> line.contains("top 8: ")).findFirst().orElseThrow().split(", "))
                .hasSize(8);
        assertThat(JsonMapper.builder().build().readTree(json.out()).get(0).get("top")).hasSize(8);
        assertThat(ten.out()).contains("top 8: "); // all the model has
    }

    @Test
    void classifyJsonCarriesTheCatalogEntryOfEachPhoto() throws IOException {
        CliRun run = CliRun.of("classify", model.toString(), "--json", sample("Vaticano").toString(),
                sample("Altamira").toString(), sample("Francia").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode results = JsonMapper.builder().build().readTree(run.out());
        assertThat(results).hasSize(3);
        for (JsonNode result : results) {
            String label = result.get("label").asText();
            assertThat(SyntheticCoins.DEFAULT_LABELS).contains(label);
            assertThat(result.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(result.get("top")).hasSize(4); // --top 5 by default; the model has 4 labels
            assertThat(result.get("photo").asText()).endsWith(".jpg");
            String id = result.get("catalogId").asText();
            CatalogEntry coin = CoinCatalog.bundled().byId(id).orElseThrow();
            // Francia is France's regular design; the three others are commemoratives
            assertThat(result.get("commemorative").asBoolean()).isEqualTo(!label.equals("Francia"))
                    .isEqualTo(coin.isCommemorative());
            assertThat(result.get("country").asText()).isEqualTo(coin.countryName());
            assertThat(result.get("year").asInt()).isEqualTo(coin.year());
            assertThat(result.get("theme").asText()).isEqualTo(coin.theme());
            assertThat(result.has("mintage") && result.has("rarity")).isTrue();
        }
    }

    @Test
    void classifyUsesAGivenMappingAndReportsLabelsOutsideIt() throws IOException {
        Path mapping = Files.writeString(temp.resolve("mapping.json"), """
                {"Altamira": "va-2006-5th-centenary-of-the-swiss-pontifical-guard",
                 "Atenas": "va-2006-5th-centenary-of-the-swiss-pontifical-guard",
                 "Francia": "va-2006-5th-centenary-of-the-swiss-pontifical-guard"}
                """);

        CliRun run = CliRun.of("classify", model.toString(), "--json", "--mapping", mapping.toString(),
                sample("Atenas").toString(), sample("Vaticano").toString(), sample("Francia").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        for (JsonNode result : JsonMapper.builder().build().readTree(run.out())) {
            boolean mapped = !result.get("label").asText().equals("Vaticano");
            assertThat(result.get("catalogId").isNull()).isEqualTo(!mapped);
            assertThat(result.get("country").isNull()).isEqualTo(!mapped);
        }
    }

    @Test
    void aMappingToUnknownCatalogIdsIsBadInput() throws IOException {
        Path mapping = Files.writeString(temp.resolve("mapping.json"), "{\"Atenas\": \"no-such-coin\"}");

        CliRun run = CliRun.of("classify", model.toString(), "--mapping", mapping.toString(), sample("Atenas").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains(mapping.toString()).contains("no-such-coin");
    }

    @Test
    void aFileThatIsNotAnImageIsReportedAndTheOthersAreStillClassified() throws IOException {
        Path notAnImage = Files.writeString(temp.resolve("notes.txt"), "not a photo");

        CliRun run = CliRun.of("classify", model.toString(), notAnImage.toString(), sample("Atenas").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("coinid: ").contains(notAnImage.toString());
        assertThat(run.out()).contains(sample("Atenas") + ": ").doesNotContain(notAnImage.toString());
    }

    @Test
    void classifyAndIdentifyJsonShareTheirFieldNamesAndTheirErrorShape() throws IOException {
        Path good = sample("Atenas");
        Path bad = Files.writeString(temp.resolve("not-a-photo.jpg"), "not a picture");

        CliRun classify = CliRun.of("classify", model.toString(), "--json", good.toString(), bad.toString());
        CliRun identify = CliRun.of("identify", "--json", good.toString(), bad.toString());

        for (CliRun run : List.of(classify, identify)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err().lines().toList()).singleElement().satisfies(line ->
                    assertThat(line).startsWith("coinid: " + bad).doesNotContain("Exception"));
            JsonNode results = JsonMapper.builder().build().readTree(run.out());
            assertThat(results).hasSize(2);
            assertThat(results.get(0).get("photo").asText()).isEqualTo(good.toString());
            assertThat(fieldNames(results.get(0))).contains("photo", "catalogId", "commemorative", "country", "year",
                    "theme", "mintage", "rarity");
            assertThat(fieldNames(results.get(1))).containsExactly("photo", "error");
            assertThat(results.get(1).get("photo").asText()).isEqualTo(bad.toString());
            assertThat(results.get(1).get("error").asText()).isEqualTo(run.err().strip().substring("coinid: ".length()));
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Path sample(String label) {
        return photos.resolve(label).resolve(label + "_0000.jpg");
    }
}
