package dev.coinid.catalog;

import dev.coinid.error.CoinIdException;

/**
 * A catalog that cannot be used: unreadable, not valid JSON, a newer schema than this library
 * knows, or a record that breaks a rule (a duplicate id, an unknown type or country, a year
 * outside the euro's lifetime, a negative mintage, a missing field). The message names the file
 * and then the line and column, or the record and the field.
 */
public class CatalogException extends CoinIdException {

    public CatalogException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public CatalogException(String source, String problem) {
        super(source, problem);
    }
}
