package dev.coinid.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a catalog JSON document into a {@link CoinCatalog}: the envelope ({@code schema_version},
 * {@code source_note}, {@code coins}) with Jackson's streaming parser, so that a syntax error is
 * reported with its line and column, and every record through {@link CatalogRecordReader}.
 * Records are checked only once the whole document is read, so a newer {@code schema_version}
 * is reported as such wherever it stands in the file.
 */
final class CatalogReader {

    private final Year latestYear;

    /** @param latestYear the latest year a coin may carry: records dated later are rejected */
    CatalogReader(Year latestYear) {
        this.latestYear = latestYear;
    }

    /** Reads and checks a whole catalog; does not close {@code in}. */
    CoinCatalog read(InputStream in, String source) {
        Document document;
        try (JsonParser parser = Json.MAPPER.createParser(in)) {
            document = readDocument(parser, source);
        } catch (JsonProcessingException e) {
            throw new CatalogException(source, at(e.getLocation()) + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogException(source, "could not be read: " + e.getMessage(), e);
        }
        int version = checkedSchemaVersion(document, source);
        if (document.records() == null) {
            throw new CatalogException(source, "the field 'coins' (the list of records) is missing");
        }
        return new CoinCatalog(source, version, document.sourceNote(), entries(document.records(), source, version));
    }

    private Document readDocument(JsonParser parser, String source) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw structureError(parser, source, "a catalog must be a JSON object with 'schema_version' and 'coins'");
        }
        Integer version = null;
        Optional<String> sourceNote = Optional.empty();
        List<RawRecord> records = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "schema_version" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw structureError(parser, source, "'schema_version' must be a whole number");
                    }
                    version = parser.getIntValue();
                }
                case "source_note" -> {
                    if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                        throw structureError(parser, source, "'source_note' must be a string");
                    }
                    sourceNote = Optional.ofNullable(parser.getValueAsString());
                }
                case "coins" -> records = readRecords(parser, source);
                default -> throw structureError(parser, source, "unknown top-level field '" + field
                        + "'; a catalog has 'schema_version', 'source_note' and 'coins'");
            }
        }
        if (parser.nextToken() != null) {
            throw structureError(parser, source, "unexpected content after the catalog's closing brace");
        }
        return new Document(version, sourceNote, records);
    }

    private static List<RawRecord> readRecords(JsonParser parser, String source) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw structureError(parser, source, "'coins' must be a list of records");
        }
        List<RawRecord> records = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation start = parser.currentTokenLocation();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw structureError(parser, source, "record #" + (records.size() + 1) + " in 'coins' must be a JSON object");
            }
            JsonNode record = Json.MAPPER.readTree(parser);
            records.add(new RawRecord(record, start));
        }
        return records;
    }

    private static int checkedSchemaVersion(Document document, String source) {
        Integer version = document.schemaVersion();
        if (version == null) {
            throw new CatalogException(source, "the field 'schema_version' is missing");
        }
        if (version > CoinCatalog.SUPPORTED_SCHEMA_VERSION) {
            throw new CatalogException(source, "schema_version " + version + " is newer than this version of coinid"
                    + " supports (" + CoinCatalog.SUPPORTED_SCHEMA_VERSION + "); upgrade coinid to read it");
        }
        if (version < 1) {
            throw new CatalogException(source, "schema_version " + version + " is not a valid version; versions start at 1");
        }
        return version;
    }

    private List<CatalogEntry> entries(List<RawRecord> records, String source, int schemaVersion) {
        List<CatalogEntry> entries = new ArrayList<>(records.size());
        Map<String, CatalogRecordReader> readersById = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            RawRecord raw = records.get(i);
            CatalogRecordReader reader = new CatalogRecordReader(source, raw.node(), i + 1, raw.start(), latestYear,
                    schemaVersion);
            CatalogEntry entry = reader.read();
            CatalogRecordReader first = readersById.putIfAbsent(entry.id(), reader);
            if (first != null) {
                throw new CatalogException(source, reader.where() + ", field 'id': duplicate id, already used by the "
                        + first.where());
            }
            entries.add(entry);
        }
        return entries;
    }

    private static CatalogException structureError(JsonParser parser, String source, String problem) {
        return new CatalogException(source, at(parser.currentTokenLocation()) + ": " + problem);
    }

    private static String at(JsonLocation location) {
        return location == null ? "at an unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private record Document(Integer schemaVersion, Optional<String> sourceNote, List<RawRecord> records) {
    }

    private record RawRecord(JsonNode node, JsonLocation start) {
    }
}
