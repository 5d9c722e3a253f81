package dev.coinid.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelMappingTest {

    private final CoinCatalog catalog = CoinCatalog.bundled();

    @Test
    void mapsTheFourSeedClassesToTheirCoins() {
        LabelMapping seed = LabelMapping.seedClasses();

        assertThat(seed.labels()).containsExactly("Atenas", "Francia", "Vaticano", "Altamira");
        assertThat(entryOf(seed, "Atenas")).extracting(CatalogEntry::countryCode, CatalogEntry::year,
                CatalogEntry::type, CatalogEntry::theme)
                .containsExactly("gr", 2004, CoinType.COMMEMORATIVE, "Olympic Games in Athens 2004");
        assertThat(entryOf(seed, "Francia")).extracting(CatalogEntry::countryCode, CatalogEntry::year,
                CatalogEntry::type, CatalogEntry::theme)
                .containsExactly("fr", 1999, CoinType.REGULAR, "Tree of life with Liberté Égalité Fraternité");
        assertThat(entryOf(seed, "Vaticano")).extracting(CatalogEntry::countryCode, CatalogEntry::year,
                CatalogEntry::type, CatalogEntry::theme)
                .containsExactly("va", 2006, CoinType.COMMEMORATIVE, "5th centenary of the Swiss Pontifical Guard");
        assertThat(entryOf(seed, "Altamira")).extracting(CatalogEntry::countryCode, CatalogEntry::year,
                CatalogEntry::type, CatalogEntry::theme)
                .containsExactly("es", 2015, CoinType.COMMEMORATIVE, "Cave of Altamira (UNESCO World Heritage)");
        assertThat(seed.catalogId("Euro")).isEmpty();
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

    @Test
    void rejectsALabelGivenTwiceWithItsLine() {
        assertThatThrownBy(() -> read("{\"Atenas\": \"a\",\n \"Atenas\": \"b\"}"))
                .isInstanceOf(LabelMappingException.class)
                .hasMessageStartingWith("labels.json: line 2, column 10: not valid JSON: Duplicate field 'Atenas'");
    }

    @Test
    void rejectsAnythingAfterTheObject() {
        assertThatThrownBy(() -> read("{\"Atenas\": \"a\"}\n{\"Malta\": \"b\"}"))
                .isInstanceOf(LabelMappingException.class)
                .hasMessageStartingWith("labels.json: line 2, column 1: not valid JSON: Trailing token");
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> read("[\"Atenas\"]"))
                .isInstanceOf(LabelMappingException.class)
                .hasMessageStartingWith("labels.json: a label mapping must be a JSON object of label to catalog id");
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
