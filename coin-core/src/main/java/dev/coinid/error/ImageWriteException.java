package dev.coinid.error;

/** An image file or folder that could not be written: no space, no permission, a file where a folder should be. */
public class ImageWriteException extends FileWriteException {

    public ImageWriteException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public ImageWriteException(String source, String problem) {
        super(source, problem);
    }
}
