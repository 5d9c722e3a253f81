package dev.coinid.error;

/**
 * A file or folder that could not be written (a saved model, a training history, a chart): no
 * space, no permission, a file where a folder should be. The message starts with the path.
 */
public class FileWriteException extends CoinIdException {

    public FileWriteException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public FileWriteException(String source, String problem) {
        super(source, problem);
    }
}
