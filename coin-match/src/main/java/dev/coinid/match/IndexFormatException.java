package dev.coinid.match;

import dev.coinid.error.CoinIdException;

/**
 * A saved index that cannot be loaded: a missing or unreadable file, a checksum that does not
 * match (the index was changed or damaged after it was written), or a format newer than this
 * library. The message names the index directory or file.
 */
public class IndexFormatException extends CoinIdException {

    public IndexFormatException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public IndexFormatException(String source, String problem) {
        super(source, problem);
    }
}
