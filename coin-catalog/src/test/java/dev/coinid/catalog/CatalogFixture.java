package dev.coinid.catalog;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Small catalogs written inline in tests: the envelope around records given as JSON text. */
final class CatalogFixture {

    /** A record that passes every rule; tests copy it and break one thing. */
    static final String VALID_RECORD = """
            {"id": "gr-2004-olympic-games", "country_code": "gr", "country_name": "Greece", "year": 2004,
             "type": "commemorative", "theme": "Olympic Games in Athens 2004", "mintage": null}""";

    private CatalogFixture() {
    }

    /** A schema-version-1 catalog of the given records; the first starts on line 2, column 1. */
    static String catalog(String... records) {
        return "{\"schema_version\": 1, \"coins\": [\n" + String.join(",\n", records) + "\n]}\n";
    }

    /** Reads a catalog from JSON text, calling it {@code test.json} in messages. */
    static CoinCatalog read(String json) {
        return CoinCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
