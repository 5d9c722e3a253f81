package dev.coinid.image;

import org.apiguardian.api.API;

import java.util.Arrays;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Resizes pictures to a model's input size, and cuts the centre square out of a photo (a coin
 * photo is rarely square, and stretching it would turn the round coin into an oval).
 *
 * <p>Resizing is bilinear with antialiasing, as {@code tf.image.resize(..., antialias=True)}
 * and Pillow's {@code BILINEAR} do: pixel centres sit at half-integer positions, and when
 * shrinking, the triangle filter is widened to the shrink factor so every source pixel counts.
 * A large shrink (a 12-megapixel photo to 128x128) first averages whole blocks of pixels (box
 * filter by an integer factor that still leaves at least twice the target size), so it costs one
 * pass over the photo, less than decoding it.
 */
@API(status = INTERNAL, since = "0.1")
public final class ImageResizer {

    private ImageResizer() {
    }

    /** {@code image} resized to exactly {@code width x height} pixels (the aspect ratio is not kept). */
    public static RgbImage resize(RgbImage image, int width, int height) {
        Objects.requireNonNull(image, "image");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive, was " + width + "x" + height);
        }
        if (image.width() == width && image.height() == height) {
            return image;
        }
        RgbImage reduced = boxReduce(image, Math.max(1, image.width() / width / 2),
                Math.max(1, image.height() / height / 2));
        return triangleResample(reduced, width, height);
    }

    /**
     * {@code image} shrunk by {@code scale}, each side at least 8 pixels: the copy a search runs
     * on; {@code image} itself where {@code scale} is 1 or more.
     */
    static RgbImage shrunk(RgbImage image, double scale) {
        if (scale >= 1) {
            return image;
        }
        return resize(image, Math.max(8, (int) Math.round(image.width() * scale)),
                Math.max(8, (int) Math.round(image.height() * scale)));
    }

    /**
     * Averages blocks of {@code fx x fy} pixels; the last block of a row or column may be
     * smaller and is averaged over the pixels it has.
     */
    static RgbImage boxReduce(RgbImage image, int fx, int fy) {
        if (fx == 1 && fy == 1) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        int outW = (w + fx - 1) / fx;
        int outH = (h + fy - 1) / fy;
        byte[] src = image.pixelArray();
        byte[] out = new byte[3 * outW * outH];
        int[] sums = new int[3 * outW];
        for (int oy = 0; oy < outH; oy++) {
            Arrays.fill(sums, 0);
            int y0 = oy * fy;
            int y1 = Math.min(h, y0 + fy);
            for (int y = y0; y < y1; y++) {
                int s = 3 * y * w;
                for (int ox = 0; ox < outW; ox++) {
                    int n = Math.min(fx, w - ox * fx);
                    int r = 0;
                    int g = 0;
                    int b = 0;
                    for (int k = 0; k < n; k++) {
                        r += src[s++] & 0xFF;
                        g += src[s++] & 0xFF;
                        b += src[s++] & 0xFF;
                    }
                    sums[3 * ox] += r;
                    sums[3 * ox + 1] += g;
                    sums[3 * ox + 2] += b;
                }
            }
            int rows = y1 - y0;
            int o = 3 * oy * outW;
            for (int ox = 0; ox < outW; ox++) {
                int count = rows * Math.min(fx, w - ox * fx);
                for (int c = 0; c < 3; c++) {
                    out[o++] = (byte) ((sums[3 * ox + c] + count / 2) / count);
                }
            }
        }
        return RgbImage.adopt(outW, outH, out);
    }

    /** Separable bilinear (triangle) resampling, widened by the shrink factor when shrinking. */
    static RgbImage triangleResample(RgbImage image, int width, int height) {
        int w = image.width();
        int h = image.height();
        byte[] src = image.pixelArray();
        Taps columns = Taps.of(w, width);
        Taps rows = Taps.of(h, height);

        // Horizontal pass: every source row to the target width.
        float[] tmp = new float[3 * width * h];
        for (int y = 0; y < h; y++) {
            int rowStart = 3 * y * w;
            int t = 3 * y * width;
            for (int x = 0; x < width; x++) {
                float r = 0;
                float g = 0;
                float b = 0;
                int first = columns.first[x];
                int base = x * columns.maxTaps;
                for (int k = 0; k < columns.count[x]; k++) {
                    float weight = columns.weights[base + k];
                    int s = rowStart + 3 * (first + k);
                    r += weight * (src[s] & 0xFF);
                    g += weight * (src[s + 1] & 0xFF);
                    b += weight * (src[s + 2] & 0xFF);
                }
                tmp[t++] = r;
                tmp[t++] = g;
                tmp[t++] = b;
            }
        }

        // Vertical pass: target rows from the horizontally resampled rows.
        byte[] out = new byte[3 * width * height];
        float[] acc = new float[3 * width];
        for (int y = 0; y < height; y++) {
            Arrays.fill(acc, 0f);
            int first = rows.first[y];
            int base = y * rows.maxTaps;
            for (int k = 0; k < rows.count[y]; k++) {
                float weight = rows.weights[base + k];
                int t = 3 * (first + k) * width;
                for (int i = 0; i < acc.length; i++) {
                    acc[i] += weight * tmp[t + i];
                }
            }
            int o = 3 * y * width;
            for (int i = 0; i < acc.length; i++) {
                out[o + i] = (byte) Math.max(0, Math.min(255, Math.round(acc[i])));
            }
        }
        return RgbImage.adopt(width, height, out);
    }

    /** For each output position along one axis: the first source index, how many taps, their weights. */
    private record Taps(int[] first, int[] count, float[] weights, int maxTaps) {

        static Taps of(int sourceLength, int targetLength) {
            double scale = (double) sourceLength / targetLength;
            double support = Math.max(1.0, scale); // the triangle's half-width, in source pixels
            int maxTaps = (int) Math.ceil(2 * support) + 1;
            int[] first = new int[targetLength];
            int[] count = new int[targetLength];
            float[] weights = new float[targetLength * maxTaps];
            for (int i = 0; i < targetLength; i++) {
                double centre = (i + 0.5) * scale;
                int lo = Math.max(0, (int) Math.floor(centre - support));
                int hi = Math.min(sourceLength, (int) Math.ceil(centre + support));
                double total = 0;
                int n = 0;
                for (int j = lo; j < hi && n < maxTaps; j++, n++) {
                    double weight = Math.max(0.0, 1.0 - Math.abs((j + 0.5 - centre) / support));
                    weights[i * maxTaps + n] = (float) weight;
                    total += weight;
                }
                for (int k = 0; k < n; k++) {
                    weights[i * maxTaps + k] /= (float) total;
                }
                first[i] = lo;
                count[i] = n;
            }
            return new Taps(first, count, weights, maxTaps);
        }
    }
}
