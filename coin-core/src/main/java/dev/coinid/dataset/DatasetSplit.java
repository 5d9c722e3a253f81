package dev.coinid.dataset;

import java.util.Objects;

/**
 * A data set cut into training, validation and test parts, all with the same class labels in the
 * same order. Made by {@link DatasetSplitter}.
 *
 * @param train what a model learns from
 * @param validation what training watches to choose epochs and settings
 * @param test what the final score is measured on, touched once
 */
public record DatasetSplit(ImageDataset train, ImageDataset validation, ImageDataset test) {

    public DatasetSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
    }

    /** How many images the three parts hold together. */
    public int size() {
        return train.size() + validation.size() + test.size();
    }

    @Override
    public String toString() {
        return "DatasetSplit[train=" + train.countsByLabel() + ", validation=" + validation.countsByLabel()
                + ", test=" + test.countsByLabel() + "]";
    }
}
