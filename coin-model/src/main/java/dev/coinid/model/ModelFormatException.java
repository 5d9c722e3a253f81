package dev.coinid.model;

import dev.coinid.error.CoinIdException;

/**
 * A model directory that cannot be loaded: missing or partial files, a checksum that does not
 * match (the files were changed after saving), or metadata that does not describe the graph.
 * The message names the directory or file and what is wrong with it.
 */
public class ModelFormatException extends CoinIdException {

    public ModelFormatException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public ModelFormatException(String source, String problem) {
        super(source, problem);
    }
}
