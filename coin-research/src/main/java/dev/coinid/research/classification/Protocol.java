package dev.coinid.research.classification;

import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.DatasetSplitter;
import dev.coinid.dataset.GroupKey;
import dev.coinid.dataset.ImageDataset;

/**
 * How the shared photos are cut into training, validation and test sets for one measurement.
 * Every protocol keeps every photograph ({@code IMG_<date>_<time>} prefix) inside one part, so no
 * test coin shares a photograph, and so its light and background, with a training coin.
 */
public enum Protocol {

    /**
     * (a) A group-aware random split: 20% of the photographs for test, 20% of the rest for
     * validation, the remaining 64% for training. Test photos come from the same sessions as
     * training photos.
     */
    GROUP_SPLIT("group-aware random split", "split") {
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
    NIGHT_HOLD_OUT("night session held out", "night") {
        @Override
        public DatasetSplit split(ImageDataset photos, long seed) {
            ImageDataset night = photos.filter(ShootingSession.NIGHT::contains);
            ImageDataset day = photos.filter(image -> !ShootingSession.NIGHT.contains(image));
            DatasetSplit dayParts = splitter(0, seed).split(day);
            return new DatasetSplit(dayParts.train(), dayParts.validation(), night);
        }
    },

    /**
     * (c) The night session held out as in {@link #NIGHT_HOLD_OUT}, same training and validation
     * photos, and its test photos made to look like another day ({@link OtherDayLook}, drawn from
     * the seed): the background's hue turned, another white balance, darker, a shadow across.
     * A model trained for (b) is tested on (c) as it is, so the two differ by the look alone.
     */
    NIGHT_OTHER_LOOK("night session held out, background and light changed", "night, other look") {
        @Override
        public DatasetSplit split(ImageDataset photos, long seed) {
            DatasetSplit night = NIGHT_HOLD_OUT.split(photos, seed);
            return new DatasetSplit(night.train(), night.validation(), new OtherDayLook(seed).applyTo(night.test()));
        }

        @Override
        public Protocol trainsAs() {
            return NIGHT_HOLD_OUT;
        }
    };

    /** The group key of the shared photos: the photograph a coin was cut from. */
    public static final GroupKey PHOTOGRAPH = GroupKey.regex("IMG_\\d+_\\d+");

    private final String description;
    private final String shortName;

    Protocol(String description, String shortName) {
        this.description = description;
        this.shortName = shortName;
    }

    /** Cuts {@code photos} into training, validation and test parts; the same seed gives the same parts. */
    public abstract DatasetSplit split(ImageDataset photos, long seed);

    /**
     * The protocol whose training and validation photos this one shares (itself for most): one
     * model trained for it serves both.
     */
    public Protocol trainsAs() {
        return this;
    }

    /** A short human description for reports. */
    public String description() {
        return description;
    }

    /** A few words for a chart's title: split, night, night with another look. */
    public String shortName() {
        return shortName;
    }

    private static DatasetSplitter splitter(double testFraction, long seed) {
        return DatasetSplitter.builder().testFraction(testFraction).validationFraction(0.2).seed(seed)
                .groupKey(PHOTOGRAPH).build();
    }
}
