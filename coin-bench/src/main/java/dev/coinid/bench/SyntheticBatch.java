package dev.coinid.bench;

import dev.coinid.augment.BatchAugmenter;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticCoins;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of synthetic coin pictures, as pictures and as the network reads them: rescaled NHWC
 * floats with one class index per picture. Real rendered coins, not zeros, so the benchmarks
 * feed the network what it sees in use.
 *
 * @param pictures the pictures, {@code size x size} pixels each
 * @param nhwc the pictures' values times {@code rescale}, picture after picture, row by row, RGB
 * @param labels the class index of each picture
 */
public record SyntheticBatch(List<RgbImage> pictures, FloatBuffer nhwc, int[] labels) {

    /** {@code count} pictures of {@code size x size} cycling through the default classes, values times {@code rescale}. */
    public static SyntheticBatch of(int count, int size, float rescale, long seed) {
        SyntheticCoins coins = SyntheticCoins.builder().imageSize(size).seed(seed).build();
        List<String> classes = coins.labels();
        List<RgbImage> pictures = new ArrayList<>(count);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes.size();
            pictures.add(coins.render(classes.get(labels[i]), i / classes.size()));
        }
        FloatBuffer nhwc = FloatBuffer.allocate(count * size * size * 3);
        BatchAugmenter.copyInto(pictures, rescale, nhwc);
        nhwc.flip();
        return new SyntheticBatch(List.copyOf(pictures), nhwc, labels);
    }

    /** A batch for {@link BenchmarkedNetwork}: its input size and rescale. */
    public static SyntheticBatch forNetwork(int count, long seed) {
        return of(count, BenchmarkedNetwork.INPUT_SIZE, BenchmarkedNetwork.preprocessing().rescale(), seed);
    }

    /** The number of pictures. */
    public int size() {
        return labels.length;
    }
}
