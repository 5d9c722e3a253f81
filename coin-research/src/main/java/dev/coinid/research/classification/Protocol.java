package dev.coinid.research.classification;

import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.DatasetSplitter;
import dev.coinid.dataset.GroupKey;
import dev.coinid.dataset.ImageDataset;

/**
 * How the shared photos are cut into training, validation and test sets for one measurement.
 * Both protocols keep every photograph ({@code IMG_<date>_<time>} prefix) inside one part, so no
 * test coin shares a photograph, and so its light and background, with a training coin.
 */
public enum Protocol {

    /**
     * (a) A group-aware random split: 20% of the photographs for test, 20% of the rest for
     * validation, the remaining 64% for training. Test photos come from the same sessions as
     * training photos.
     */
    GROUP_SPLIT("group-aware random split") {
        @Override
        public DatasetSplit split(ImageDataset photos, long seed) {
            return splitter(0.2, seed).split(photos);
        }
    },

    /**
     * (b) The whole night session held out as the test set; the day photos are split 80/20 by
     * photograph into training and validation. Tests a model on a session it has never seen,
     * under other light and white balance. The 2e class has no night photos, so the test's
     * macro recall is over the seven classes present.
     */
    NIGHT_HOLD_OUT("night session held out") {
        @Override
        public DatasetSplit split(ImageDataset photos, long seed) {
            ImageDataset night = photos.filter(ShootingSession.NIGHT::contains);
            ImageDataset day = photos.filter(image -> !ShootingSession.NIGHT.contains(image));
            DatasetSplit dayParts = splitter(0, seed).split(day);
            return new DatasetSplit(dayParts.train(), dayParts.validation(), night);
        }
    };

    /** The group key of the shared photos: the photograph a coin was cut from. */
    public static final GroupKey PHOTOGRAPH = GroupKey.regex("IMG_\\d+_\\d+");

    private final String description;

    Protocol(String description) {
        this.description = description;
    }

    /** Cuts {@code photos} into training, validation and test parts; the same seed gives the same parts. */
    public abstract DatasetSplit split(ImageDataset photos, long seed);

    /** A short human description for reports. */
    public String description() {
        return description;
    }

    private static DatasetSplitter splitter(double testFraction, long seed) {
        return DatasetSplitter.builder().testFraction(testFraction).validationFraction(0.2).seed(seed)
                .groupKey(PHOTOGRAPH).build();
    }
}
