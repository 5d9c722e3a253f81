package dev.coinid.error;

/** An image file that could not be read or decoded: empty, truncated, corrupt, or not a file at all. */
public class ImageDecodeException extends CoinIdException {

    public ImageDecodeException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public ImageDecodeException(String source, String problem) {
        super(source, problem);
    }
}
