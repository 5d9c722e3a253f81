package dev.coinid.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one record of the catalog JSON (one element of its {@code coins} array) into a
 * {@link CatalogEntry}, checking every field against the catalog's schema version (1, or 2 with
 * {@code issue_date}, {@code designer}, {@code mintages} and {@code ocd_id}; a version-1 record
 * reads with those empty). When a field is wrong it
 * throws a {@link CatalogException} that names the file, the record (by id, or by position when
 * the id itself is missing), where the record starts, and the field.
 */
final class CatalogRecordReader {

    /** Euro coins carry 1999 as their earliest year, though they entered circulation in 2002. */
    static final int FIRST_EURO_YEAR = 1999;

    static final String DEFAULT_DENOMINATION = "2 EUR";

    private static final List<String> FIELDS_V1 = List.of(
            "id", "country_code", "country_name", "year", "denomination", "type",
            "joint_issue", "joint_theme", "joint_scope", "theme", "mintage",
            "source_image", "source_image_folder", "alt_source_images", "series_start_year", "note");

    /** Schema version 2 adds the facts taken from Open Coin Data. */
    private static final List<String> FIELDS_V2 = concat(FIELDS_V1, List.of("issue_date", "designer", "mintages", "ocd_id"));

    private static final List<String> MINTAGE_FIELDS = List.of(
            "year", "mint_mark", "circulated", "brilliant_uncirculated", "proof");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String source;
    private final JsonNode record;
    private final String where;
    private final Year latestYear;
    private final int schemaVersion;
    private final List<String> fields;

    /**
     * @param source the catalog's name, for messages
     * @param record the record's JSON object
     * @param position the record's 1-based position in the {@code coins} array
     * @param start where the record starts in the file
     * @param latestYear the latest year a coin may carry (this year, normally)
     * @param schemaVersion the catalog's schema version, already checked to be one this reader knows
     */
    CatalogRecordReader(String source, JsonNode record, int position, JsonLocation start, Year latestYear,
            int schemaVersion) {
        this.source = source;
        this.record = record;
        this.latestYear = latestYear;
        this.schemaVersion = schemaVersion;
        this.fields = schemaVersion >= 2 ? FIELDS_V2 : FIELDS_V1;
        JsonNode id = record.get("id");
        String name = id != null && id.isTextual() && !id.asText().isBlank()
                ? "'" + id.asText() + "'"
                : "#" + position;
        this.where = "record " + name + " at line " + start.getLineNr() + ", column " + start.getColumnNr();
    }

    /** Where the record is, as messages name it: {@code record 'id' at line 12, column 5}. */
    String where() {
        return where;
    }

    CatalogEntry read() {
        rejectUnknownFields();
        CoinType type = type();
        return new CatalogEntry(
                requiredText("id"),
                countryCode(),
                requiredText("country_name"),
                year("year").orElseThrow(() -> fail("year", "is missing")),
                optionalText("denomination").orElse(DEFAULT_DENOMINATION),
                type,
                requiredText("theme"),
                issueDate(),
                optionalText("designer"),
                count(record, "mintage", "mintage", "a mintage counts the coins struck"),
                mintages(),
                jointIssue(),
                year("series_start_year"),
                referenceImage(),
                optionalText("ocd_id"),
                optionalText("note"));
    }

    private void rejectUnknownFields() {
        for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw fail(name, "is not a field of schema version " + schemaVersion
                        + " (known fields: " + String.join(", ", fields) + ")");
            }
        }
    }

    private CoinType type() {
        String text = requiredText("type");
        return Arrays.stream(CoinType.values())
                .filter(type -> type.catalogName().equals(text))
                .findFirst()
                .orElseThrow(() -> fail("type", "unknown type '" + text + "'; expected one of: "
                        + Arrays.stream(CoinType.values()).map(CoinType::catalogName).collect(Collectors.joining(", "))));
    }

    private String countryCode() {
        String text = requiredText("country_code");
        return EuroCountry.fromCode(text)
                .map(EuroCountry::code)
                .orElseThrow(() -> fail("country_code", "'" + text + "' is not a country that issues euro coins; expected"
                        + " an ISO 3166-1 alpha-2 code of a euro-area member, Andorra, Monaco, San Marino or Vatican City: "
                        + Arrays.stream(EuroCountry.values()).map(EuroCountry::code).sorted().collect(Collectors.joining(", "))));
    }

    private OptionalInt year(String field) {
        return year(record.get(field), field);
    }

    private OptionalInt year(JsonNode node, String field) {
        if (isAbsent(node)) {
            return OptionalInt.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw fail(field, "must be a whole number, was " + node);
        }
        int year = node.intValue();
        if (year < FIRST_EURO_YEAR) {
            throw fail(field, year + " is before " + FIRST_EURO_YEAR + ", the first year on euro coins");
        }
        if (year > latestYear.getValue()) {
            throw fail(field, year + " is in the future (the latest possible year is " + latestYear + ")");
        }
        return OptionalInt.of(year);
    }

    /** A count of coins in {@code parent.name}, reported as {@code field}: absent, or a whole number of at least 0. */
    private OptionalLong count(JsonNode parent, String name, String field, String why) {
        JsonNode node = parent.get(name);
        if (isAbsent(node)) {
            return OptionalLong.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw fail(field, "must be a whole number of coins, was " + node);
        }
        long count = node.longValue();
        if (count < 0) {
            throw fail(field, count + " is negative; " + why);
        }
        return OptionalLong.of(count);
    }

    private Optional<LocalDate> issueDate() {
        Optional<String> text = optionalText("issue_date");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String given = text.get();
        String problem = "'" + given + "' is not a date written yyyy-mm-dd (leave it out or write null when only"
                + " the month or quarter is known)";
        if (!ISO_DATE.matcher(given).matches()) {
            throw fail("issue_date", problem);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(given);
        } catch (DateTimeParseException e) {
            throw fail("issue_date", problem);
        }
        if (date.getYear() < FIRST_EURO_YEAR) {
            throw fail("issue_date", given + " is before " + FIRST_EURO_YEAR + ", the first year on euro coins");
        }
        return Optional.of(date);
    }

    private List<Mintage> mintages() {
        JsonNode node = record.get("mintages");
        if (isAbsent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail("mintages", "must be a list of mintage rows, was " + node);
        }
        List<Mintage> rows = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            rows.add(mintage(node.get(i), "mintages[" + i + "]"));
        }
        return rows;
    }

    private Mintage mintage(JsonNode row, String field) {
        if (!row.isObject()) {
            throw fail(field, "must be an object with " + String.join(", ", MINTAGE_FIELDS) + ", was " + row);
        }
        for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MINTAGE_FIELDS.contains(name)) {
                throw fail(field + "." + name, "is not a field of a mintage row (known fields: "
                        + String.join(", ", MINTAGE_FIELDS) + ")");
            }
        }
        int year = year(row.get("year"), field + ".year")
                .orElseThrow(() -> fail(field + ".year", "is missing"));
        JsonNode mark = row.get("mint_mark");
        Optional<String> mintMark = isAbsent(mark) ? Optional.empty() : Optional.of(text(field + ".mint_mark", mark));
        String why = "a mintage counts the coins struck";
        return new Mintage(year, mintMark,
                count(row, "circulated", field + ".circulated", why),
                count(row, "brilliant_uncirculated", field + ".brilliant_uncirculated", why),
                count(row, "proof", field + ".proof", why));
    }

    private Optional<JointIssue> jointIssue() {
        JsonNode flag = record.get("joint_issue");
        if (!isAbsent(flag) && !flag.isBoolean()) {
            throw fail("joint_issue", "must be true or false, was " + flag);
        }
        boolean joint = !isAbsent(flag) && flag.booleanValue();
        Optional<String> theme = optionalText("joint_theme");
        Optional<String> scope = optionalText("joint_scope");
        if (!joint) {
            theme.ifPresent(given -> {
                throw fail("joint_theme", "must be null unless joint_issue is true");
            });
            scope.ifPresent(given -> {
                throw fail("joint_scope", "must be null unless joint_issue is true");
            });
            return Optional.empty();
        }
        String jointTheme = theme.orElseThrow(() -> fail("joint_theme", "is missing, but joint_issue is true"));
        String scopeName = scope.orElseThrow(() -> fail("joint_scope", "is missing, but joint_issue is true"));
        JointScope jointScope = Arrays.stream(JointScope.values())
                .filter(candidate -> candidate.catalogName().equals(scopeName))
                .findFirst()
                .orElseThrow(() -> fail("joint_scope", "unknown scope '" + scopeName + "'; expected one of: "
                        + Arrays.stream(JointScope.values()).map(JointScope::catalogName).collect(Collectors.joining(", "))));
        return Optional.of(new JointIssue(jointTheme, jointScope));
    }

    private Optional<ReferenceImage> referenceImage() {
        Optional<String> fileName = optionalText("source_image");
        Optional<String> folder = optionalText("source_image_folder");
        List<String> alternatives = textList("alt_source_images");
        if (fileName.isEmpty()) {
            if (folder.isPresent() || !alternatives.isEmpty()) {
                throw fail("source_image", "is missing, but source_image_folder or alt_source_images is given");
            }
            return Optional.empty();
        }
        return Optional.of(new ReferenceImage(fileName.get(), folder, alternatives));
    }

    private String requiredText(String field) {
        return optionalText(field).orElseThrow(() -> fail(field, "is missing"));
    }

    private Optional<String> optionalText(String field) {
        JsonNode node = record.get(field);
        if (isAbsent(node)) {
            return Optional.empty();
        }
        return Optional.of(text(field, node));
    }

    private List<String> textList(String field) {
        JsonNode node = record.get(field);
        if (isAbsent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fail(field, "must be a list of strings, was " + node);
        }
        List<String> texts = new ArrayList<>();
        node.forEach(element -> texts.add(text(field, element)));
        return texts;
    }

    private String text(String field, JsonNode node) {
        if (!node.isTextual()) {
            throw fail(field, "must be a string, was " + node);
        }
        String text = node.asText().strip();
        if (text.isEmpty()) {
            throw fail(field, "must not be blank (leave it out or write null instead)");
        }
        return text;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    private CatalogException fail(String field, String problem) {
        return new CatalogException(source, where + ", field '" + field + "': " + problem);
    }
}
