package dev.coinid.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LabelMappingTest {

    private final CoinCatalog catalog = CoinCatalog.bundled();

    @Test
    void namesTheFourSeedClassesAndNoOther() {
        LabelMapping seed = LabelMapping.seedClasses();

        assertThat(seed.labels()).containsExactly("Atenas", "Francia", "Vaticano", "Altamira");
        assertThat(seed.catalogId("Euro")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Atenas   | gr | 2004 | COMMEMORATIVE | Olympic Games in Athens 2004
            Francia  | fr | 1999 | REGULAR       | Tree of life with Liberté Égalité Fraternité
            Vaticano | va | 2006 | COMMEMORATIVE | 5th centenary of the Swiss Pontifical Guard
            Altamira | es | 2015 | COMMEMORATIVE | Cave of Altamira (UNESCO World Heritage)
            """)
    void mapsEachSeedClassToItsCoin(String label, String country, int year, CoinType type, String theme) {
        assertThat(entryOf(LabelMapping.seedClasses(), label)).extracting(CatalogEntry::countryCode, CatalogEntry::year,
                CatalogEntry::type, CatalogEntry::theme)
                .containsExactly(country, year, type, theme);
    }

    @Test
    void readsAMappingFromAJsonObject() {
        LabelMapping mapping = read("""
                {"athens": "gr-2004-olympic-games-in-athens-2004",
                 "france-tree": "regular-fr-1999-tree-of-life-with-liberte-egalite-fraternite"}
                """);

        assertThat(mapping.asMap()).containsExactly(
                Map.entry("athens", "gr-2004-olympic-games-in-athens-2004"),
                Map.entry("france-tree", "regular-fr-1999-tree-of-life-with-liberte-egalite-fraternite"));
        assertThat(mapping.source()).isEqualTo("labels.json");
    }

    @Test
    void readsTheSameMappingFromAFileAsTheBuilderBuilds(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("labels.json");
        Files.writeString(file, "{\"Atenas\": \"gr-2004-olympic-games-in-athens-2004\"}");

        LabelMapping fromFile = LabelMapping.read(file);

        assertThat(fromFile).isEqualTo(LabelMapping.builder().map("Atenas", "gr-2004-olympic-games-in-athens-2004").build());
        assertThat(fromFile.source()).isEqualTo(file.toString());
    }

    @Test
    void rejectsALabelThatMapsToANonString() {
        assertThatThrownBy(() -> read("{\"Atenas\": 42}"))
                .isInstanceOf(LabelMappingException.class)
                .hasMessage("labels.json: label 'Atenas' must map to a catalog id (a non-blank string), was 42");
    }

    /** JSON that is not one object of label to id is refused, where it can be with its line and column. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonThatIsNotOneMapping")
    void rejectsJsonThatIsNotOneMapping(String what, String json, String messageStart) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(LabelMappingException.class)
                .hasMessageStartingWith(messageStart);
    }

    static Stream<Arguments> jsonThatIsNotOneMapping() {
        return Stream.of(
                arguments("a label given twice, with its line", "{\"Atenas\": \"a\",\n \"Atenas\": \"b\"}",
                        "labels.json: line 2, column 10: not valid JSON: Duplicate field 'Atenas'"),
                arguments("anything after the object", "{\"Atenas\": \"a\"}\n{\"Malta\": \"b\"}",
                        "labels.json: line 2, column 1: not valid JSON: Trailing token"),
                arguments("JSON that is not an object", "[\"Atenas\"]",
                        "labels.json: a label mapping must be a JSON object of label to catalog id"));
    }

    @Test
    void rejectsALabelMappedTwiceInTheBuilder() {
        LabelMapping.Builder builder = LabelMapping.builder().map("Atenas", "gr-2004-olympic-games-in-athens-2004");

        assertThatThrownBy(() -> builder.map("Atenas", "es-2015-cave-of-altamira-unesco-world-heritage"))
                .isInstanceOf(LabelMappingException.class)
                .hasMessage("builder: label 'Atenas' is mapped twice, to 'gr-2004-olympic-games-in-athens-2004'"
                        + " and to 'es-2015-cave-of-altamira-unesco-world-heritage'");
    }

    @Test
    void rejectsIdsTheCatalogDoesNotHoldWhenJoinedWithIt() {
        LabelMapping mapping = read("""
                {"Atenas": "gr-2004-olympic-games-in-athens-2004", "Roma": "it-2004-colosseum", "Paris": "fr-1900-expo"}
                """);

        assertThatThrownBy(() -> CatalogLookup.of(catalog, mapping))
                .isInstanceOf(LabelMappingException.class)
                .hasMessage("labels.json: label 'Roma' maps to 'it-2004-colosseum', label 'Paris' maps to"
                        + " 'fr-1900-expo', ids not in the catalog bundled euro2-catalog.json");
    }

    private CatalogEntry entryOf(LabelMapping mapping, String label) {
        return catalog.byId(mapping.catalogId(label).orElseThrow()).orElseThrow();
    }

    private static LabelMapping read(String json) {
        return LabelMapping.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "labels.json");
    }
}
