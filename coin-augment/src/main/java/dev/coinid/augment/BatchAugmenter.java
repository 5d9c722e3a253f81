package dev.coinid.augment;

import dev.coinid.image.RgbImage;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Applies an {@link Augmentation} to a batch of equally sized pictures and writes the result as
 * floats in NHWC order straight into a buffer that can back a TensorFlow tensor.
 *
 * <p>Every picture gets its own random transform, keyed by (seed, epoch, sample id): the same
 * key always gives the same transform, whatever the batch, thread or order, and each epoch gives
 * new ones. Pictures of a batch are transformed in parallel on the common fork-join pool.
 *
 * <pre>{@code
 * BatchAugmenter augmenter = new BatchAugmenter(Augmentation.seedPreset(), 42);
 * FloatBuffer batch = FloatBuffer.allocate(images.size() * 128 * 128 * 3);
 * augmenter.augmentInto(images, epoch, sampleIds, batch);
 * }</pre>
 */
public final class BatchAugmenter {

    private final Augmentation spec;
    private final long seed;
    private final boolean parallel;
    private final AffineAugmenter affine;

    /** An augmenter drawing transforms from {@code spec}, reproducibly from {@code seed}. */
    public BatchAugmenter(Augmentation spec, long seed) {
        this(spec, seed, true);
    }

    private BatchAugmenter(Augmentation spec, long seed, boolean parallel) {
        this.spec = Objects.requireNonNull(spec, "spec must not be null");
        this.seed = seed;
        this.parallel = parallel;
        this.affine = AffineAugmenter.withFill(spec.fillMode(), spec.fillValue());
    }

    /** The same augmenter working on the calling thread only; its output is identical (the tests compare them). */
    BatchAugmenter sequential() {
        return new BatchAugmenter(spec, seed, false);
    }

    /** The spec transforms are drawn from. */
    public Augmentation spec() {
        return spec;
    }

    /** The seed that, with epoch and sample id, keys every transform. */
    public long seed() {
        return seed;
    }

    /** The random transform of sample {@code sampleId} in {@code epoch}, for a {@code width x height} picture. */
    public Transform transformFor(int epoch, long sampleId, int width, int height) {
        return spec.randomTransform(randomFor(epoch, sampleId), width, height);
    }

    /** One picture augmented as {@link #augmentInto} would, as 8-bit RGB without the rescale: for looking at. */
    public RgbImage augment(RgbImage image, int epoch, long sampleId) {
        return affine.apply(image, transformFor(epoch, sampleId, image.width(), image.height()));
    }

    /**
     * Writes {@code images.size() * height * width * 3} floats at the buffer's position and
     * advances the position past them, like a relative bulk put: picture i is transformed by the
     * random transform keyed by (seed, epoch, sampleIds[i]), then multiplied by the spec's rescale.
     *
     * @throws IllegalArgumentException if the pictures differ in size, the id count differs from the
     *                                  picture count, or the buffer is read-only or too small
     */
    public void augmentInto(List<RgbImage> images, int epoch, long[] sampleIds, FloatBuffer out) {
        Objects.requireNonNull(sampleIds, "sampleIds must not be null");
        int perImage = checkBatch(images, out);
        if (sampleIds.length != images.size()) {
            throw new IllegalArgumentException("got " + sampleIds.length + " sample ids for " + images.size()
                    + " images; there must be one id per image");
        }
        int start = out.position();
        float rescale = spec.rescale();
        if (spec.isIdentity()) {
            writeBatch(images.size(), parallel, i -> copyOne(images.get(i), rescale, out, start + i * perImage));
        } else {
            writeBatch(images.size(), parallel, i -> {
                RgbImage image = images.get(i);
                Transform t = transformFor(epoch, sampleIds[i], image.width(), image.height());
                affine.applyInto(image, t, rescale, out, start + i * perImage);
            });
        }
        out.position(start + images.size() * perImage);
    }

    private static void copyOne(RgbImage image, float rescale, FloatBuffer out, int index) {
        int length = 3 * image.width() * image.height();
        byte[] source = Workspace.current().source(length);
        float[] values = Workspace.current().output(length);
        image.pixels().get(0, source, 0, length);
        for (int i = 0; i < length; i++) {
            values[i] = (source[i] & 0xFF) * rescale;
        }
        out.put(index, values, 0, length);
    }

    /** Checks the batch against the buffer; returns the float count of one picture. */
    private static int checkBatch(List<RgbImage> images, FloatBuffer out) {
        Objects.requireNonNull(images, "images must not be null");
        Objects.requireNonNull(out, "out must not be null");
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("the output buffer is read-only");
        }
        if (images.isEmpty()) {
            return 0;
        }
        RgbImage first = Objects.requireNonNull(images.get(0), "image 0 is null");
        for (int i = 1; i < images.size(); i++) {
            RgbImage image = Objects.requireNonNull(images.get(i), "image " + i + " is null");
            if (image.width() != first.width() || image.height() != first.height()) {
                throw new IllegalArgumentException("all images of a batch must have one size: image 0 is "
                        + first.width() + "x" + first.height() + ", image " + i + " is "
                        + image.width() + "x" + image.height());
            }
        }
        int perImage = 3 * first.width() * first.height();
        long needed = (long) perImage * images.size();
        if (needed > out.remaining()) {
            throw new IllegalArgumentException("the output buffer has " + out.remaining() + " floats left but the batch of "
                    + images.size() + " images of " + first.width() + "x" + first.height() + " needs " + needed);
        }
        return perImage;
    }

    /** Runs {@code writeImage} for pictures 0 .. count-1, on the common pool when parallel. */
    private static void writeBatch(int count, boolean parallel, IntConsumer writeImage) {
        if (parallel && count > 1) {
            IntStream.range(0, count).parallel().forEach(writeImage);
        } else {
            for (int i = 0; i < count; i++) {
                writeImage.accept(i);
            }
        }
    }

    /** A generator seeded from a thorough mix of (seed, epoch, sampleId): SplitMix64's finaliser, applied per part. */
    private SplittableRandom randomFor(int epoch, long sampleId) {
        long h = mix(seed);
        h = mix(h + epoch);
        h = mix(h + sampleId);
        return new SplittableRandom(h);
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
