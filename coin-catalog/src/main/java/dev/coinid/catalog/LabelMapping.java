package dev.coinid.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which catalog entry each of a model's class labels stands for: {@code "Atenas"} is the catalog
 * id {@code gr-2004-olympic-games-in-athens-2004}. Labels left out of the mapping are simply
 * not in the catalog. Immutable; build one with {@link #builder()}, read one from a JSON object
 * of label to catalog id with {@link #read(Path)}, or take the original experiment's four classes
 * with {@link #seedClasses()}. Whether every id exists is checked against a catalog by
 * {@link CatalogLookup#of(CoinCatalog, LabelMapping)}.
 */
public final class LabelMapping {

    private static final LabelMapping SEED_CLASSES = builder()
            .source("seed classes")
            .map("Atenas", "gr-2004-olympic-games-in-athens-2004")
            .map("Francia", "regular-fr-1999-tree-of-life-with-liberte-egalite-fraternite")
            .map("Vaticano", "va-2006-5th-centenary-of-the-swiss-pontifical-guard")
            .map("Altamira", "es-2015-cave-of-altamira-unesco-world-heritage")
            .build();

    private final String source;
    private final Map<String, String> catalogIds;

    private LabelMapping(String source, Map<String, String> catalogIds) {
        this.source = source;
        this.catalogIds = Collections.unmodifiableMap(new LinkedHashMap<>(catalogIds));
    }

    /**
     * The four classes of the original experiment: {@code Atenas} (Greece 2004, Olympic Games in
     * Athens), {@code Francia} (France's regular tree-of-life design), {@code Vaticano} (Vatican
     * 2006, Swiss Pontifical Guard) and {@code Altamira} (Spain 2015, Cave of Altamira).
     */
    public static LabelMapping seedClasses() {
        return SEED_CLASSES;
    }

    /** A builder for a mapping of your own; it starts empty. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a mapping from a JSON file holding one object of label to catalog id, such as
     * {@code {"Atenas": "gr-2004-olympic-games-in-athens-2004"}}.
     *
     * @throws LabelMappingException when the file is missing, unreadable or not such an object
     */
    public static LabelMapping read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new LabelMappingException(file.toString(), "no such label mapping file", e);
        } catch (IOException e) {
            throw new LabelMappingException(file.toString(), "could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a mapping from a JSON stream, which is left open.
     *
     * @param sourceName what to call the stream in messages
     * @throws LabelMappingException when the stream is unreadable or not an object of label to id
     */
    public static LabelMapping read(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        JsonNode root;
        try {
            root = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new LabelMappingException(sourceName, where + "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new LabelMappingException(sourceName, "could not be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new LabelMappingException(sourceName,
                    "a label mapping must be a JSON object of label to catalog id, such as {\"Atenas\": \"gr-2004-...\"}");
        }
        Builder builder = builder().source(sourceName);
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode id = field.getValue();
            if (!id.isTextual() || id.asText().isBlank()) {
                throw new LabelMappingException(sourceName, "label '" + field.getKey()
                        + "' must map to a catalog id (a non-blank string), was " + id);
            }
            builder.map(field.getKey(), id.asText());
        }
        return builder.build();
    }

    /** Where this mapping came from, as messages name it: a file, {@code seed classes}, {@code builder}. */
    public String source() {
        return source;
    }

    /** The catalog id a label stands for, if the label is mapped. */
    public Optional<String> catalogId(String label) {
        return Optional.ofNullable(catalogIds.get(label));
    }

    /** The mapped labels, in the order they were given. */
    public Set<String> labels() {
        return catalogIds.keySet();
    }

    /** The whole mapping, label to catalog id, in the order given. */
    public Map<String, String> asMap() {
        return catalogIds;
    }

    /** How many labels are mapped. */
    public int size() {
        return catalogIds.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LabelMapping mapping && catalogIds.equals(mapping.catalogIds);
    }

    @Override
    public int hashCode() {
        return catalogIds.hashCode();
    }

    @Override
    public String toString() {
        return "LabelMapping[" + source + ", " + catalogIds + "]";
    }

    /** Collects labels and their catalog ids; {@link #build()} gives the immutable mapping. */
    public static final class Builder {

        private final Map<String, String> catalogIds = new LinkedHashMap<>();
        private String source = "builder";

        private Builder() {
        }

        /** What to call the mapping in messages; {@code builder} unless set. */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Maps a class label to a catalog id. Several labels may share an id.
         *
         * @throws LabelMappingException when the label is blank or already mapped, or the id blank
         */
        public Builder map(String label, String catalogId) {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(catalogId, "catalogId");
            if (label.isBlank()) {
                throw new LabelMappingException(source, "a label must not be blank");
            }
            if (catalogId.isBlank()) {
                throw new LabelMappingException(source, "label '" + label + "' must map to a non-blank catalog id");
            }
            String earlier = catalogIds.putIfAbsent(label, catalogId);
            if (earlier != null) {
                throw new LabelMappingException(source, "label '" + label + "' is mapped twice, to '" + earlier
                        + "' and to '" + catalogId + "'");
            }
            return this;
        }

        /** The mapping built so far, which may be empty. */
        public LabelMapping build() {
            return new LabelMapping(source, catalogIds);
        }
    }
}
