package dev.coinid.model;

import dev.coinid.augment.Augmentation;
import dev.coinid.augment.BatchAugmenter;
import dev.coinid.image.RgbImage;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The training set cut into batches for each epoch: the samples in an order shuffled per epoch,
 * each batch augmented afresh (keyed by epoch and sample) into one reused input buffer. The same
 * seed gives the same batches.
 */
final class TrainingBatches {

    /** One batch, ready for a training step: its augmented pixels and the class index of each image. */
    record Batch(FloatBuffer input, int[] labels) {
    }

    private final PreparedImages train;
    private final BatchAugmenter augmenter;
    private final long seed;
    private final int batchSize;
    private final FloatBuffer buffer;

    TrainingBatches(PreparedImages train, Augmentation augmentation, long seed, int batchSize, int floatsPerImage) {
        this.train = train;
        this.augmenter = new BatchAugmenter(augmentation, seed);
        this.seed = seed;
        this.batchSize = batchSize;
        this.buffer = FloatBuffer.allocate(Math.min(batchSize, train.size()) * floatsPerImage);
    }

    /** Batches in each epoch; the last one may be smaller. */
    int perEpoch() {
        return (train.size() + batchSize - 1) / batchSize;
    }

    /** Images in each epoch. */
    int images() {
        return train.size();
    }

    /** The sample order of {@code epoch}, for {@link #batch}. */
    int[] order(int epoch) {
        return shuffled(train.size(), seed, epoch);
    }

    /**
     * Batch {@code index} (from 0) of {@code epoch}, taken from {@code order}. Its input is the
     * shared buffer, overwritten by the next call.
     */
    Batch batch(int epoch, int[] order, int index) {
        int from = index * batchSize;
        int n = Math.min(batchSize, train.size() - from);
        List<RgbImage> images = new ArrayList<>(n);
        long[] ids = new long[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int sample = order[from + i];
            images.add(train.images().get(sample));
            ids[i] = sample;
            labels[i] = train.labels()[sample];
        }
        buffer.clear();
        augmenter.augmentInto(images, epoch, ids, buffer);
        buffer.flip();
        return new Batch(buffer, labels);
    }

    /** The sample order of {@code epoch}: a Fisher-Yates shuffle keyed by (seed, epoch). */
    static int[] shuffled(int size, long seed, int epoch) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
