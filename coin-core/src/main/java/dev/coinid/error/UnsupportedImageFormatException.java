package dev.coinid.error;

/** An image in a format, or a pixel layout, that coinid does not decode. */
public class UnsupportedImageFormatException extends ImageDecodeException {

    public UnsupportedImageFormatException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public UnsupportedImageFormatException(String source, String problem) {
        super(source, problem);
    }
}
