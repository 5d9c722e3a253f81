package dev.coinid.bench;

import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.synthetic.SyntheticCoins;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A batch of synthetic coin pictures, as pictures and as a network reads them: fitted to its
 * input and rescaled, NHWC floats with one class index per picture. Real rendered coins, not
 * zeros, so the benchmarks feed the network what it sees in use.
 *
 * @param pictures the pictures as fitted to the input (8-bit), one per image
 * @param nhwc the fitted pictures' values times the rescale, picture after picture, row by row, RGB
 * @param labels the class index of each picture
 */
public record SyntheticBatch(List<RgbImage> pictures, FloatBuffer nhwc, int[] labels) {

    /**
     * {@code count} pictures for {@code network}, cycling through its classes: drawn at its picture
     * size, fitted by its preprocessing (the default network's: the coin found and unwrapped) and
     * rescaled, as classify and training prepare a photo.
     */
    public static SyntheticBatch forNetwork(BenchmarkedNetwork network, int count, long seed) {
        Preprocessing preprocessing = network.preprocessing();
        PhotoFitter fitter = preprocessing.fitter();
        SyntheticCoins coins = SyntheticCoins.builder()
                .labels(network.labels()).imageSize(network.pictureSize()).seed(seed).build();
        List<String> classes = coins.labels();
        int[] labels = new int[count];
        List<RgbImage> fitted = IntStream.range(0, count).parallel()
                .mapToObj(i -> preprocessing.fitter().fit(coins.render(classes.get(i % classes.size()), i / classes.size())))
                .toList();
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes.size();
        }
        FloatBuffer nhwc = FloatBuffer.allocate(count * preprocessing.floatsPerImage());
        preprocessing.writeRescaled(fitted, nhwc);
        nhwc.flip();
        return new SyntheticBatch(fitted, nhwc, labels);
    }

    /** The number of pictures. */
    public int size() {
        return labels.length;
    }
}
