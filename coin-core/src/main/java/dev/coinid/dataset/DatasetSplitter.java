package dev.coinid.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Cuts a data set into train, validation and test parts: seeded (the same seed gives the same
 * split), stratified (each class is spread over the parts in the requested proportions) and
 * group-aware (all images of one group, such as the crops of one photograph, land in the same
 * part, so a model is never tested on the photograph it was trained on).
 *
 * <p>The defaults are the original experiment's: 20% of the images for test, then 20% of the
 * rest for validation (so 64% train, 16% validation, 20% test), seed 42, and each image's own
 * {@link LabelledImage#group()} as its group.
 *
 * <pre>{@code
 * DatasetSplit split = DatasetSplitter.builder()
 *         .testFraction(0.2).validationFraction(0.2).seed(42)
 *         .groupKey(GroupKey.regex("IMG_\\d+_\\d+"))
 *         .build()
 *         .split(dataset);
 * }</pre>
 *
 * <p>How groups are placed: groups are shuffled with the seed and taken largest first; each goes
 * to the part that, for the classes in it, is furthest below its target count. With one image
 * per group this is an exact stratified split; with large groups the proportions are met as
 * closely as whole groups allow. Within each part images keep the data set's order.
 */
public final class DatasetSplitter {

    private static final int TRAIN = 0;
    private static final int VALIDATION = 1;
    private static final int TEST = 2;

    private final double testFraction;
    private final double validationFraction;
    private final long seed;
    private final GroupKey groupKey;

    private DatasetSplitter(Builder builder) {
        this.testFraction = builder.testFraction;
        this.validationFraction = builder.validationFraction;
        this.seed = builder.seed;
        this.groupKey = builder.groupKey;
    }

    /** A builder with the original experiment's settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Splits {@code dataset}; every image ends up in exactly one part. */
    public DatasetSplit split(ImageDataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        List<String> labels = dataset.labels();
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < dataset.size(); i++) {
            LabelledImage image = dataset.get(i);
            String group = groupKey == null ? image.group() : groupKey.groupOf(image);
            members.computeIfAbsent(group, g -> new ArrayList<>()).add(i);
        }

        int classes = labels.size();
        double[][] target = targets(dataset.countsByLabel(), labels);
        int[][] placed = new int[3][classes];
        List<List<Integer>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

        List<List<Integer>> groups = new ArrayList<>(members.values());
        Collections.shuffle(groups, new Random(seed));
        groups.sort(Comparator.comparingInt((List<Integer> g) -> g.size()).reversed());
        for (List<Integer> group : groups) {
            int[] counts = new int[classes];
            group.forEach(i -> counts[dataset.labelIndex(dataset.get(i).label())]++);
            int best = TRAIN;
            double bestNeed = Double.NEGATIVE_INFINITY;
            for (int part : new int[] {TRAIN, VALIDATION, TEST}) {
                double need = 0;
                for (int c = 0; c < classes; c++) {
                    need += counts[c] * (target[part][c] - placed[part][c]);
                }
                if (need > bestNeed) {
                    bestNeed = need;
                    best = part;
                }
            }
            for (int c = 0; c < classes; c++) {
                placed[best][c] += counts[c];
            }
            parts.get(best).addAll(group);
        }
        parts.forEach(Collections::sort);
        return new DatasetSplit(dataset.select(parts.get(TRAIN)), dataset.select(parts.get(VALIDATION)),
                dataset.select(parts.get(TEST)));
    }

    /** The ideal (fractional) number of images of each class in each part. */
    private double[][] targets(Map<String, Integer> counts, List<String> labels) {
        double[][] target = new double[3][labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            double n = counts.get(labels.get(c));
            target[TEST][c] = n * testFraction;
            target[VALIDATION][c] = (n - target[TEST][c]) * validationFraction;
            target[TRAIN][c] = n - target[TEST][c] - target[VALIDATION][c];
        }
        return target;
    }

    public double testFraction() {
        return testFraction;
    }

    public double validationFraction() {
        return validationFraction;
    }

    public long seed() {
        return seed;
    }

    @Override
    public String toString() {
        return "DatasetSplitter[test=" + testFraction + ", validation=" + validationFraction + " of the rest, seed="
                + seed + (groupKey == null ? ", groups=each image's own" : ", groupKey=" + groupKey) + "]";
    }

    /** Settings for a {@link DatasetSplitter}; every setting has a working default. */
    public static final class Builder {

        private double testFraction = 0.2;
        private double validationFraction = 0.2;
        private long seed = 42;
        private GroupKey groupKey;

        private Builder() {
        }

        /** The share of all images held out for test, in [0, 1); default 0.2. */
        public Builder testFraction(double fraction) {
            this.testFraction = requireFraction("testFraction", fraction);
            return this;
        }

        /** The share of the non-test images held out for validation, in [0, 1); default 0.2. */
        public Builder validationFraction(double fraction) {
            this.validationFraction = requireFraction("validationFraction", fraction);
            return this;
        }

        /** The seed of the shuffle; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * How images are grouped; by default each image's {@link LabelledImage#group()} (its own
         * file unless the data set was {@link ImageDataset#withGroups regrouped}).
         */
        public Builder groupKey(GroupKey groupKey) {
            this.groupKey = Objects.requireNonNull(groupKey, "groupKey");
            return this;
        }

        public DatasetSplitter build() {
            return new DatasetSplitter(this);
        }

        private static double requireFraction(String name, double fraction) {
            if (!(fraction >= 0.0 && fraction < 1.0)) {
                throw new IllegalArgumentException(name + " must be in [0, 1), was " + fraction);
            }
            return fraction;
        }
    }
}
