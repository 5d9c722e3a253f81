package dev.coinid.catalog;

import static dev.coinid.catalog.CatalogFixture.VALID_RECORD;
import static dev.coinid.catalog.CatalogFixture.catalog;
import static dev.coinid.catalog.CatalogFixture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.error.CoinIdException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule a catalog must follow, each with a fixture that breaks it. */
class CatalogValidationTest {

    @Test
    void acceptsAValidRecordAndFillsDefaults() {
        CoinCatalog catalog = read(catalog(VALID_RECORD));

        CatalogEntry entry = catalog.entries().get(0);
        assertThat(entry.id()).isEqualTo("gr-2004-olympic-games");
        assertThat(entry.denomination()).isEqualTo("2 EUR");
        assertThat(entry.jointIssue()).isEmpty();
        assertThat(entry.referenceImage()).isEmpty();
        assertThat(catalog.source()).isEqualTo("test.json");
    }

    @Test
    void reportsTheLineAndColumnOfMalformedJson() {
        String broken = """
                {"schema_version": 1, "coins": [
                  {"id": "gr-2004-olympic-games", "country_code": "gr" "year": 2004}
                ]}
                """;

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CatalogException.class)
                .isInstanceOf(CoinIdException.class)
                .hasMessageStartingWith("test.json: line 2, column 56: not valid JSON: Unexpected character ('\"'");
    }

    @Test
    void reportsTheLineAndColumnOfAFieldGivenTwice() {
        String broken = catalog("""
                {"id": "gr-2004-olympic-games", "country_code": "gr", "country_name": "Greece", "year": 2004,
                 "year": 2005, "type": "commemorative", "theme": "Olympic Games in Athens 2004"}""");

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.json: line 3, column 8: not valid JSON: Duplicate field 'year'");
    }

    @Test
    void rejectsADuplicateIdNamingBothRecords() {
        assertThatThrownBy(() -> read(catalog(VALID_RECORD, VALID_RECORD)))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: record 'gr-2004-olympic-games' at line 4, column 1, field 'id': duplicate id,"
                        + " already used by the record 'gr-2004-olympic-games' at line 2, column 1");
    }

    /**
     * One rule per case: the valid record with {@code from} replaced by {@code to} breaks it, and
     * the error names the record, its position, the field and the problem.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsBreakingOneRule")
    void rejectsARecordBreakingOneRule(String rule, String from, String to, String field, String problem) {
        String broken = catalog(VALID_RECORD.replace(from, to));

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: record 'gr-2004-olympic-games' at line 2, column 1, field '" + field + "': "
                        + problem);
    }

    static Stream<Arguments> recordsBreakingOneRule() {
        return Stream.of(
                arguments("an unknown type", "\"commemorative\"", "\"commemmorative\"",
                        "type", "unknown type 'commemmorative'; expected one of: commemorative, regular"),
                arguments("a negative mintage", "\"mintage\": null", "\"mintage\": -5000",
                        "mintage", "-5000 is negative; a mintage counts the coins struck"),
                arguments("a mintage that is not a whole number", "\"mintage\": null", "\"mintage\": \"about a million\"",
                        "mintage", "must be a whole number of coins, was \"about a million\""),
                arguments("a required field given as null", "\"theme\": \"Olympic Games in Athens 2004\"", "\"theme\": null",
                        "theme", "is missing"),
                arguments("a year written as text", "\"year\": 2004", "\"year\": \"2004\"",
                        "year", "must be a whole number, was \"2004\""),
                arguments("a joint issue without its scope", "\"mintage\": null", "\"joint_issue\": true, \"joint_theme\": \"emu-10\"",
                        "joint_scope", "is missing, but joint_issue is true"),
                arguments("an unknown joint scope", "\"mintage\": null",
                        "\"joint_issue\": true, \"joint_theme\": \"emu-10\", \"joint_scope\": \"worldwide\"",
                        "joint_scope", "unknown scope 'worldwide'; expected one of: euro-area, regional, bilateral"));
    }

    @Test
    void rejectsAYearBeforeTheEuro() {
        String broken = catalog(VALID_RECORD.replace("2004", "1998"));

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: record 'gr-1998-olympic-games' at line 2, column 1, field 'year':"
                        + " 1998 is before 1999, the first year on euro coins");
    }

    @Test
    void rejectsAYearInTheFuture() {
        int nextYear = Year.now().getValue() + 1;
        String broken = catalog(VALID_RECORD.replace("\"year\": 2004", "\"year\": " + nextYear));

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: record 'gr-2004-olympic-games' at line 2, column 1, field 'year': " + nextYear
                        + " is in the future (the latest possible year is " + Year.now() + ")");
    }

    @Test
    void acceptsTheLatestYearAndRejectsTheOneAfter() {
        CatalogReader readerIn2020 = new CatalogReader(Year.of(2020));
        String of2020 = catalog(VALID_RECORD.replace("\"year\": 2004", "\"year\": 2020"));
        String of2021 = catalog(VALID_RECORD.replace("\"year\": 2004", "\"year\": 2021"));

        assertThat(readerIn2020.read(stream(of2020), "test.json").entries().get(0).year()).isEqualTo(2020);
        assertThatThrownBy(() -> readerIn2020.read(stream(of2021), "test.json"))
                .isInstanceOf(CatalogException.class)
                .hasMessageEndingWith("field 'year': 2021 is in the future (the latest possible year is 2020)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "gb", "el", "xk"})
    void rejectsACountryThatDoesNotIssueEuroCoins(String code) {
        String broken = catalog(VALID_RECORD.replace("\"country_code\": \"gr\"", "\"country_code\": \"" + code + "\""));

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.json: record 'gr-2004-olympic-games' at line 2, column 1,"
                        + " field 'country_code': '" + code + "' is not a country that issues euro coins")
                .hasMessageContaining("ad, at, be, bg, cy, de, ee, es, fi, fr, gr, hr, ie, it, lt, lu, lv, mc, mt, nl,"
                        + " pt, si, sk, sm, va");
    }

    @ParameterizedTest
    @ValueSource(strings = {"country_code", "country_name", "year", "type", "theme"})
    void rejectsARecordMissingARequiredField(String field) throws Exception {
        ObjectNode record = (ObjectNode) JsonMapper.builder().build().readTree(VALID_RECORD);
        record.remove(field);

        assertThatThrownBy(() -> read(catalog(record.toString())))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: record 'gr-2004-olympic-games' at line 2, column 1, field '" + field
                        + "': is missing");
    }

    @Test
    void namesARecordWithoutIdByItsPosition() {
        String noId = VALID_RECORD.replace("\"id\": \"gr-2004-olympic-games\", ", "");
        String secondRecord = VALID_RECORD.replace("olympic-games", "second");

        assertThatThrownBy(() -> read(catalog(secondRecord, noId)))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: record #2 at line 4, column 1, field 'id': is missing");
    }

    @Test
    void rejectsAnUnknownFieldSoThatTyposShowUp() {
        String broken = catalog(VALID_RECORD.replace("\"mintage\"", "\"mintgae\""));

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.json: record 'gr-2004-olympic-games' at line 2, column 1,"
                        + " field 'mintgae': is not a field of schema version 1 (known fields: id, country_code,");
    }

    @Test
    void rejectsANewerSchemaVersionWhereverItStands() {
        String newer = "{\"coins\": [" + VALID_RECORD.replace("\"mintage\"", "\"mintage_estimate\"")
                + "], \"schema_version\": 3}";

        assertThatThrownBy(() -> read(newer))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: schema_version 3 is newer than this version of coinid supports (2);"
                        + " upgrade coinid to read it");
    }

    @Test
    void rejectsACatalogWithoutSchemaVersion() {
        assertThatThrownBy(() -> read("{\"coins\": []}"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: the field 'schema_version' is missing");
    }

    @Test
    void rejectsACatalogWithoutCoins() {
        assertThatThrownBy(() -> read("{\"schema_version\": 1}"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: the field 'coins' (the list of records) is missing");
    }

    @Test
    void rejectsARecordThatIsNotAnObject() {
        assertThatThrownBy(() -> read(catalog(VALID_RECORD, "\"gr-2005-something\"")))
                .isInstanceOf(CatalogException.class)
                .hasMessage("test.json: line 4, column 1: record #2 in 'coins' must be a JSON object");
    }

    @Test
    void namesTheFileWhenReadingFromDisk(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("my-coins.json");
        Files.writeString(file, catalog(VALID_RECORD.replace("2004", "1990")));

        assertThatThrownBy(() -> CoinCatalog.read(file))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith(file + ": record 'gr-1990-olympic-games' at line 2, column 1, field 'year'")
                .satisfies(e -> assertThat(((CatalogException) e).source()).hasValue(file.toString()));
    }

    @Test
    void saysSoWhenTheFileIsMissing(@TempDir Path folder) {
        Path missing = folder.resolve("absent.json");

        assertThatThrownBy(() -> CoinCatalog.read(missing))
                .isInstanceOf(CatalogException.class)
                .hasMessage(missing + ": no such catalog file");
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
