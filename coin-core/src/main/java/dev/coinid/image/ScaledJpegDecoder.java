package dev.coinid.image;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Decodes a JPEG at 1/2, 1/4 or 1/8 of its size, as libjpeg's scaled inverse DCT does: most of
 * the decoding work of the pixels a smaller picture would throw away is skipped, so a
 * 12-megapixel photo decodes several times faster. coin-core has no such decoder of its own (the
 * JDK's JPEG reader decodes every pixel); a module that has one (coin-model's, on TensorFlow's
 * {@code DecodeJpeg}) plugs it into {@link ImageDecoder#withScaledJpeg}, which checks the
 * header, the pixel limit and the EXIF orientation around it and falls back to its full-scale
 * path whenever this one fails.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
@API(status = INTERNAL, since = "0.1")
public interface ScaledJpegDecoder {

    /**
     * The JPEG's pixels as stored (EXIF orientation not applied) at {@code 1/denominator} of its
     * size, each side rounded up as libjpeg rounds it.
     *
     * @param jpeg the encoded JPEG
     * @param denominator 2, 4 or 8
     * @throws RuntimeException of any kind when it cannot decode the JPEG (corrupt, truncated, an
     *         unsupported kind): the caller then decodes it at full scale, which names the problem
     */
    RgbImage decode(byte[] jpeg, int denominator);
}
