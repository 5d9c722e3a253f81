package dev.coinid.model;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.synthetic.SyntheticCoins;

/** Small synthetic data sets at 32x32 for tests that exercise the training loop, not accuracy. */
final class SyntheticCoinsFixture {

    private SyntheticCoinsFixture() {
    }

    /** {@code perClass} coins of each of the 4 default classes, 32x32. */
    static ImageDataset coins(int perClass, long seed) {
        return SyntheticCoins.builder().imageSize(32).imagesPerClass(perClass).seed(seed).build().generate();
    }
}
