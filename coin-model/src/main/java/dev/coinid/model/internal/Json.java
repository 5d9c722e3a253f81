package dev.coinid.model.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * coin-model's one configured Jackson mapper, shared by the model directory's metadata and the
 * training history (not API: the package is internal). It writes indented JSON and reads past
 * properties it does not know, so a newer file's additions do not stop an older reader; a
 * reader that must refuse them enables {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
 * on its own {@link ObjectReader}. Only immutable readers and writers are handed out.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    /** A reader with the shared configuration. */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /** A writer with the shared configuration (indented output). */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }
}
