package dev.coinid.catalog;

import dev.coinid.error.CoinIdException;

/**
 * A label mapping that cannot be used: unreadable, not a JSON object of label to catalog id, or
 * naming a catalog id the catalog does not hold. The message names the mapping and the label.
 */
public class LabelMappingException extends CoinIdException {

    public LabelMappingException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public LabelMappingException(String source, String problem) {
        super(source, problem);
    }
}
