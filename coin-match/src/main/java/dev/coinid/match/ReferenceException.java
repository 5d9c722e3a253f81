package dev.coinid.match;

import dev.coinid.error.CoinIdException;

/**
 * Reference pictures an index cannot be built from: a missing or empty folder, a picture named
 * after an id the catalog does not have, or a picture that does not decode. The message names the
 * folder or file.
 */
public class ReferenceException extends CoinIdException {

    public ReferenceException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public ReferenceException(String source, String problem) {
        super(source, problem);
    }
}
