package dev.coinid.error;

/**
 * An image whose declared size exceeds the decoder's pixel limit; thrown before any pixel
 * memory is allocated, so a decompression bomb cannot exhaust the heap.
 */
public class ImageTooLargeException extends ImageDecodeException {

    private final long width;
    private final long height;
    private final long maxPixels;

    public ImageTooLargeException(String source, long width, long height, long maxPixels) {
        super(source, "image of " + width + "x" + height + " pixels exceeds the limit of "
                + maxPixels + " pixels");
        this.width = width;
        this.height = height;
        this.maxPixels = maxPixels;
    }

    public long width() {
        return width;
    }

    public long height() {
        return height;
    }

    public long maxPixels() {
        return maxPixels;
    }
}
