package dev.coinid.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JDK's JPEG reader taking every n-th pixel of every n-th row: the reduced-scale JPEG decoder
 * of {@link ImageDecoder#withSubsampledJpeg}, for modules without a scaled inverse DCT of their own.
 */
enum SubsampledJpeg implements ScaledJpegDecoder {

    INSTANCE;

    @Override
    public RgbImage decode(byte[] jpeg, int denominator) {
        try {
            BufferedImage image = ImageIoReader.read(jpeg, "JPEG", denominator);
            return RgbImage.adopt(image.getWidth(), image.getHeight(), RgbConverter.toRgb(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "SubsampledJpeg";
    }
}
