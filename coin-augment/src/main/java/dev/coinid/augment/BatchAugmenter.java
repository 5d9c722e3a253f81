package dev.coinid.augment;

import dev.coinid.image.RgbImage;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * PLACEHOLDER contract: applies an {@link Augmentation} to a batch of equally sized images and
 * writes the result as floats in NHWC order straight into a buffer.
 */
public final class BatchAugmenter {

    private final Augmentation spec;
    private final long seed;

    public BatchAugmenter(Augmentation spec, long seed) {
        this.spec = spec;
        this.seed = seed;
    }

    /**
     * Writes {@code images.size() * h * w * 3} floats at the buffer's position: image i is
     * transformed by the random transform keyed by (seed, epoch, sampleIds[i]), then rescaled.
     */
    public void augmentInto(List<RgbImage> images, int epoch, long[] sampleIds, FloatBuffer out) {
        copyInto(images, spec.rescale(), out);
    }

    /** Writes the images unchanged but for the rescale factor: for validation and inference. */
    public static void copyInto(List<RgbImage> images, float rescale, FloatBuffer out) {
        for (RgbImage image : images) {
            var px = image.pixels();
            for (int i = 0; i < px.limit(); i++) {
                out.put((px.get(i) & 0xFF) * rescale);
            }
        }
    }
}
