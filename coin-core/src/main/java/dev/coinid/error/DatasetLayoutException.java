package dev.coinid.error;

/** A folder that cannot be read as a labelled data set: missing, empty, one class only, clashing class names. */
public class DatasetLayoutException extends CoinIdException {

    public DatasetLayoutException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public DatasetLayoutException(String source, String problem) {
        super(source, problem);
    }
}
