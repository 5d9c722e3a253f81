package dev.coinid.catalog;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The catalog module's one Jackson mapper: a duplicate key is an error, and callers close their own streams. */
final class Json {

    /** Reads trees only (nothing is opened to reflection); a whole document read with {@code reader()} may add features. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private Json() {
    }
}
