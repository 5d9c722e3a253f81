package dev.coinid.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Reads one record of the catalog JSON (one element of its {@code coins} array) into a
 * {@link CatalogEntry}, checking every field against schema version 1. When a field is wrong it
 * throws a {@link CatalogException} that names the file, the record (by id, or by position when
 * the id itself is missing), where the record starts, and the field.
 */
final class CatalogRecordReader {

    /** Euro coins carry 1999 as their earliest year, though they entered circulation in 2002. */
    static final int FIRST_EURO_YEAR = 1999;

    static final String DEFAULT_DENOMINATION = "2 EUR";

    private static final List<String> FIELDS = List.of(
            "id", "country_code", "country_name", "year", "denomination", "type",
            "joint_issue", "joint_theme", "joint_scope", "theme", "mintage",
            "source_image", "source_image_folder", "alt_source_images", "series_start_year", "note");

    private final String source;
    private final JsonNode record;
    private final String where;
    private final Year latestYear;

    /**
     * @param source the catalog's name, for messages
     * @param record the record's JSON object
     * @param position the record's 1-based position in the {@code coins} array
     * @param start where the record starts in the file
     * @param latestYear the latest year a coin may carry (this year, normally)
     */
    CatalogRecordReader(String source, JsonNode record, int position, JsonLocation start, Year latestYear) {
        this.source = source;
        this.record = record;
        this.latestYear = latestYear;
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
                mintage(),
                jointIssue(),
                year("series_start_year"),
                referenceImage(),
                optionalText("note"));
    }

    private void rejectUnknownFields() {
        for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw fail(name, "is not a field of schema version " + CoinCatalog.SUPPORTED_SCHEMA_VERSION
                        + " (known fields: " + String.join(", ", FIELDS) + ")");
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
        JsonNode node = record.get(field);
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

    private OptionalLong mintage() {
        JsonNode node = record.get("mintage");
        if (isAbsent(node)) {
            return OptionalLong.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw fail("mintage", "must be a whole number of coins, was " + node);
        }
        long mintage = node.longValue();
        if (mintage < 0) {
            throw fail("mintage", mintage + " is negative; a mintage counts the coins struck");
        }
        return OptionalLong.of(mintage);
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

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    private CatalogException fail(String field, String problem) {
        return new CatalogException(source, where + ", field '" + field + "': " + problem);
    }
}
