package dev.coinid.image;

/**
 * Cuts a coin out of a picture as a disc filling a square, given where each point of the disc
 * lies in the picture: the shared sampling of the ellipse ({@link TiltedCoinLocator#cutOut}) and
 * perspective ({@link CoinPerspective#cutOut}) cut-outs.
 */
final class DiscCutOut {

    /** Where the point {@code (u, v)} of the unit disc lies in the picture, as {@code {x, y}}. */
    @FunctionalInterface
    interface Placement {
        double[] at(double u, double v);
    }

    private DiscCutOut() {
    }

    /**
     * The disc {@code placement} puts in {@code picture}, about {@code radius} pixels across in it,
     * sampled into a {@code size x size} square, everything outside the disc painted {@code fill}.
     * A picture much larger than the square is shrunk first (antialiased), as
     * {@link CoinLocator#cutOut} does.
     */
    static RgbImage of(RgbImage picture, double radius, Placement placement, int size, int fill) {
        if (size < 1 || fill < 0 || fill > 255) {
            throw new IllegalArgumentException("size must be positive and fill in 0..255, was " + size + ", " + fill);
        }
        double step = 2 * radius / size;
        RgbImage source = picture;
        double sourceScale = 1;
        if (step > 2) {
            source = ImageResizer.shrunk(picture, 1.5 / step);
            sourceScale = (double) source.width() / picture.width();
        }
        byte[] out = new byte[size * size * 3];
        for (int j = 0; j < size; j++) {
            double v = 2 * (j + 0.5) / size - 1;
            for (int i = 0; i < size; i++) {
                double u = 2 * (i + 0.5) / size - 1;
                int o = 3 * (j * size + i);
                if (u * u + v * v > 1) {
                    out[o] = out[o + 1] = out[o + 2] = (byte) fill;
                    continue;
                }
                double[] point = placement.at(u, v);
                BilinearSampler.sampleInto(source, point[0] * sourceScale, point[1] * sourceScale, fill, out, o);
            }
        }
        return RgbImage.of(size, size, out);
    }
}
