package dev.coinid.image;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads an {@link RgbImage} between pixel centres by bilinear interpolation: what cutting out and
 * unwrapping a coin sample the photo with. Pixel centres lie at half-integer coordinates.
 */
@API(status = INTERNAL, since = "0.1")
public final class BilinearSampler {

    private BilinearSampler() {
    }

    /**
     * Writes the three channels of {@code image} at {@code (x, y)} to {@code out[offset..offset+2]},
     * rounded to 0..255; pixels beyond the image read as {@code outside} grey.
     */
    public static void sampleInto(RgbImage image, double x, double y, int outside, byte[] out, int offset) {
        double fx = x - 0.5;
        double fy = y - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        double ax = fx - x0;
        double ay = fy - y0;
        for (int c = 0; c < 3; c++) {
            double v = (1 - ay) * ((1 - ax) * sampleOr(image, x0, y0, c, outside) + ax * sampleOr(image, x0 + 1, y0, c, outside))
                    + ay * ((1 - ax) * sampleOr(image, x0, y0 + 1, c, outside) + ax * sampleOr(image, x0 + 1, y0 + 1, c, outside));
            out[offset + c] = (byte) Math.max(0, Math.min(255, Math.round(v)));
        }
    }

    private static int sampleOr(RgbImage image, int x, int y, int c, int outside) {
        if (x < 0 || y < 0 || x >= image.width() || y >= image.height()) {
            return outside;
        }
        return image.sample(x, y, c);
    }
}
