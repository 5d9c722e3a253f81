package dev.coinid.catalog;

import static dev.coinid.catalog.CatalogFixture.VALID_RECORD;
import static dev.coinid.catalog.CatalogFixture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema-2 facts of the bundled catalog (issue date, designer, mintage table, Open Coin Data
 * id) against their source, Open Coin Data, read in place from {@code ../shared/datasets} where it
 * is present, and against a few facts written here; the coin-references mapping table covers every id.
 */
class OpenCoinDataFactsTest {

    private static final Path OPEN_COIN_DATA = Path.of("..", "..", "shared", "datasets", "open-coin-data");
    private static final Path REFERENCES = Path.of("..", "coin-references", "src", "main", "resources", "dev",
            "coinid", "references", "references.tsv");

    private final CoinCatalog catalog = CoinCatalog.bundled();

    @Test
    void knowsA2026CoinWithItsDesignerIssueDateAndMintageTable() {
        CatalogEntry prince = catalog.byId("fr-2026-80th-anniversary-of-the-publication-of-the-little").orElseThrow();

        assertThat(prince.year()).isEqualTo(2026);
        assertThat(prince.theme()).isEqualTo("80th anniversary of the publication of The Little Prince");
        assertThat(prince.designer()).hasValue("Joaquin Jimenez");
        assertThat(prince.issueDate()).hasValue(LocalDate.of(2026, 1, 29));
        assertThat(prince.sourceId()).hasValue("FR-2026-200-001-C");
        assertThat(prince.mintages()).containsExactly(new Mintage(2026, Optional.empty(), OptionalLong.of(0),
                OptionalLong.of(300_000), OptionalLong.of(20_000)));
        assertThat(prince.mintage()).hasValue(320_000);
    }

    @Test
    void knowsEveryMintOfAGermanCoinAndTheNewRegularDesigns() {
        CatalogEntry wall = catalog.byId("de-2019-30th-anniversary-of-the-fall-of-the-berlin").orElseThrow();
        assertThat(wall.mintages()).extracting(row -> row.mintMark().orElseThrow()).containsExactly("A", "D", "F", "G", "J");
        assertThat(wall.mintages().get(0).circulated()).hasValue(6_530_000);
        assertThat(wall.mintage()).hasValue(30_297_000);
        long circulated = wall.mintages().stream().mapToLong(row -> row.circulated().orElse(0)).sum();
        assertThat(wall.circulatedMintage()).hasValue(circulated);
        assertThat(circulated).isLessThan(30_297_000).isGreaterThan(6_530_000);

        CatalogEntry guillaume = catalog.byId("regular-lu-2026-grand-duke-guillaume").orElseThrow();
        assertThat(guillaume.type()).isEqualTo(CoinType.REGULAR);
        assertThat(guillaume.seriesStartYear()).hasValue(2026);
        assertThat(guillaume.designer()).hasValue("Chiara Principe");
        assertThat(guillaume.issueDate()).hasValue(LocalDate.of(2026, 7, 13));
    }

    @Test
    void keepsAnIssueDateKnownOnlyToTheMonthOutOfTheDateAndInTheNote() {
        CatalogEntry kaunas = catalog.byId("lt-2026-kaunas-lithuanian-cities").orElseThrow();

        assertThat(kaunas.issueDate()).isEmpty();
        assertThat(kaunas.note()).hasValueSatisfying(note -> assertThat(note).contains("2026 Q4"));
    }

    @Test
    void matchesItsSourceRecords() throws IOException {
        assumeTrue(Files.isDirectory(OPEN_COIN_DATA), "Open Coin Data is not at " + OPEN_COIN_DATA.toAbsolutePath()
                + " (../shared/datasets/open-coin-data); skipping the comparison with the source");
        assertMatchesSource("pt-2019-500-years-of-magellan-s-circumnavigation", "Commemoratives/2019/PT-2019-200-002.md");
        assertMatchesSource("de-2006-federal-state-of-schleswig-holstein",
                "Commemoratives/2006 - German federal states/DE-2006-200.md");
        assertMatchesSource("at-2009-10th-anniversary-of-economic-and-monetary-union",
                "Commemoratives/2009 - European Economic and Monetary Union/AT-2009-200.md");
        assertMatchesSource("sk-2026-trencin-european-capital-of-culture-2026", "Commemoratives/2026/SK-2026-200-001.md");
    }

    @Test
    void holdsEveryCommemorativeOf2026InOpenCoinData() throws IOException {
        assumeTrue(Files.isDirectory(OPEN_COIN_DATA), "Open Coin Data is not at " + OPEN_COIN_DATA.toAbsolutePath()
                + "; skipping the check that every 2026 coin is in the catalog");
        Set<String> sourceIds = catalog.stream().flatMap(entry -> entry.sourceId().stream()).collect(Collectors.toSet());
        List<String> ids2026 = new ArrayList<>();
        try (Stream<Path> files = Files.walk(OPEN_COIN_DATA.resolve("Commemoratives"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                String id = field(Files.readString(file), "(?m)^id: (\\S+)").orElseThrow();
                if (id.matches("[A-Z]{2}-2026-.*")) {
                    ids2026.add(id);
                }
            }
        }
        assertThat(ids2026).hasSize(36);
        assertThat(sourceIds).containsAll(ids2026);
        assertThat(catalog.stream().filter(entry -> entry.isCommemorative() && entry.year() == 2026)).hasSize(36);
    }

    @Test
    void referencesTsvCoversEveryCatalogIdExactlyOnce() throws IOException {
        assumeTrue(Files.isRegularFile(REFERENCES), "no " + REFERENCES.toAbsolutePath());
        List<String> lines = Files.readAllLines(REFERENCES);
        assertThat(lines.get(0)).isEqualTo("catalog_id\tocd_id\tocd_picture\tmapped\tnote");
        List<String> ids = new ArrayList<>();
        Set<String> pictures = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertThat(cells).as(line).hasSize(5);
            ids.add(cells[0]);
            assertThat(cells[3]).as(line).isIn("auto", "hand", "none");
            if (cells[3].equals("none")) {
                assertThat(cells[1] + cells[2]).as(line).isEmpty();
                assertThat(cells[4]).as(line).isNotBlank();
            } else {
                assertThat(cells[2]).as(line).endsWith(".jpg");
                assertThat(pictures.add(cells[2])).as("picture used twice: " + line).isTrue();
            }
            if (cells[3].equals("hand")) {
                assertThat(cells[4]).as(line).isNotBlank();
            }
        }
        assertThat(ids).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(catalog.stream().map(CatalogEntry::id).toList());
    }

    @Test
    void readsASchemaVersion1CatalogWithTheNewFactsEmpty() {
        CatalogEntry entry = read(CatalogFixture.catalog(VALID_RECORD)).byId("gr-2004-olympic-games").orElseThrow();

        assertThat(entry.issueDate()).isEmpty();
        assertThat(entry.designer()).isEmpty();
        assertThat(entry.mintages()).isEmpty();
        assertThat(entry.circulatedMintage()).isEmpty();
        assertThat(entry.sourceId()).isEmpty();
    }

    @Test
    void rejectsSchema2FieldsInASchema1Catalog() {
        assertThatThrownBy(() -> read(CatalogFixture.catalog(VALID_RECORD.replace("}", ", \"designer\": \"X\"}"))))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("record 'gr-2004-olympic-games'")
                .hasMessageContaining("field 'designer': is not a field of schema version 1");
    }

    @Test
    void readsTheNewFactsOfASchema2Record() {
        CatalogEntry entry = read(v2(", \"issue_date\": \"2004-06-30\", \"designer\": \"A B\", \"ocd_id\": \"GR-2004-200-C\","
                + " \"mintages\": [{\"year\": 2004, \"mint_mark\": null, \"circulated\": 10, \"brilliant_uncirculated\": null,"
                + " \"proof\": 0}]")).byId("gr-2004-olympic-games").orElseThrow();

        assertThat(entry.issueDate()).hasValue(LocalDate.of(2004, 6, 30));
        assertThat(entry.designer()).hasValue("A B");
        assertThat(entry.sourceId()).hasValue("GR-2004-200-C");
        assertThat(entry.mintages()).containsExactly(
                new Mintage(2004, Optional.empty(), OptionalLong.of(10), OptionalLong.empty(), OptionalLong.of(0)));
    }

    @Test
    void rejectsBadSchema2ValuesNamingTheRecordAndField() {
        assertRejected(", \"issue_date\": \"2026-09\"", "field 'issue_date': '2026-09' is not a date written yyyy-mm-dd");
        assertRejected(", \"issue_date\": \"2004-02-30\"", "field 'issue_date': '2004-02-30' is not a date");
        assertRejected(", \"mintages\": {}", "field 'mintages': must be a list");
        assertRejected(", \"mintages\": [{\"year\": 2004, \"proof\": -1}]", "field 'mintages[0].proof': -1 is negative");
        assertRejected(", \"mintages\": [{\"year\": 1990}]", "field 'mintages[0].year': 1990 is before 1999");
        assertRejected(", \"mintages\": [{\"circulated\": 5}]", "field 'mintages[0].year': is missing");
        assertRejected(", \"mintages\": [{\"year\": 2004, \"bu\": 5}]", "field 'mintages[0].bu': is not a field of a mintage row");
        assertRejected(", \"ocd_id\": 7", "field 'ocd_id': must be a string");
    }

    private static void assertRejected(String extraFields, String problem) {
        assertThatThrownBy(() -> read(v2(extraFields)))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("record 'gr-2004-olympic-games'")
                .hasMessageContaining(problem);
    }

    private static String v2(String extraFields) {
        String record = VALID_RECORD.substring(0, VALID_RECORD.lastIndexOf('}')) + extraFields + "}";
        return "{\"schema_version\": 2, \"coins\": [\n" + record + "\n]}\n";
    }

    private void assertMatchesSource(String id, String sourceFile) throws IOException {
        String md = Files.readString(OPEN_COIN_DATA.resolve(sourceFile));
        CatalogEntry entry = catalog.byId(id).orElseThrow();
        assertThat(entry.sourceId()).as(id).isEqualTo(field(md, "(?m)^id: (\\S+)"));
        assertThat(entry.designer()).as(id).isEqualTo(field(md, "\\*\\*Designer:\\*\\*[ \\t]*([^\\\\\\n]+)"));
        assertThat(entry.issueDate().map(LocalDate::toString)).as(id)
                .isEqualTo(field(md, "\\*\\*Issue date:\\*\\*[ \\t]*(\\d{4}-\\d\\d-\\d\\d)"));
        List<Mintage> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d{4}) +\\| *([A-Z]*) *\\| *(\\d*) *\\| *(\\d*) *\\| *(\\d*) *\\|$").matcher(md);
        while (row.find()) {
            rows.add(new Mintage(Integer.parseInt(row.group(1)), Optional.of(row.group(2)).filter(mark -> !mark.isEmpty()),
                    count(row.group(3)), count(row.group(4)), count(row.group(5))));
        }
        assertThat(rows).as(id).isNotEmpty();
        assertThat(entry.mintages()).as(id).isEqualTo(rows);
    }

    private static OptionalLong count(String cell) {
        return cell.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(cell));
    }

    private static Optional<String> field(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }
}
