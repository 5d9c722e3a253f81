package dev.coinid.error;

import java.util.Optional;

/**
 * The root of every exception coinid throws on purpose: bad images, bad data-set layouts,
 * bad models and bad catalogs. Its message always starts with the thing that was wrong
 * (a file, a record id) and then says what was wrong with it.
 *
 * <p>It is unchecked so that fluent calls stay fluent; catch it where you can tell a user.
 */
public class CoinIdException extends RuntimeException {

    private final String source;

    /**
     * @param source what was wrong: a file path, a record id, a model directory (may be null)
     * @param problem what was wrong with it, in words a user understands
     * @param cause the underlying failure, or null
     */
    public CoinIdException(String source, String problem, Throwable cause) {
        super(source == null ? problem : source + ": " + problem, cause);
        this.source = source;
    }

    public CoinIdException(String source, String problem) {
        this(source, problem, null);
    }

    /** The file, directory or record the problem is about, when there is one. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }
}
