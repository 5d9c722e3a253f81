package dev.coinid.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatasetSplitterTest {

    private static final RgbImage PIXEL = RgbImage.filled(1, 1, 0, 0, 0);
    private static final GroupKey PHOTO = GroupKey.regex("IMG_\\d+_\\d+");

    @Test
    void defaultsGiveTheOriginalTwentyPercentTestThenTwentyPercentOfTheRestValidation() {
        ImageDataset dataset = singletons(Map.of("a", 100, "b", 50));

        DatasetSplit split = DatasetSplitter.builder().build().split(dataset);

        assertThat(split.test().countsByLabel()).containsEntry("a", 20).containsEntry("b", 10);
        assertThat(split.validation().countsByLabel()).containsEntry("a", 16).containsEntry("b", 8);
        assertThat(split.train().countsByLabel()).containsEntry("a", 64).containsEntry("b", 32);
    }

    @Test
    void everyImageLandsInExactlyOnePart() {
        ImageDataset dataset = photographs(40, 11);

        DatasetSplit split = DatasetSplitter.builder().groupKey(PHOTO).build().split(dataset);

        List<String> all = Stream.of(split.train(), split.validation(), split.test())
                .flatMap(ImageDataset::stream).map(i -> i.source().name()).toList();
        assertThat(all).doesNotHaveDuplicates().hasSize(dataset.size());
        assertThat(split.size()).isEqualTo(dataset.size());
    }

    @Test
    void cropsOfOnePhotographNeverLeakAcrossParts() {
        ImageDataset dataset = photographs(60, 3);

        DatasetSplit split = DatasetSplitter.builder().groupKey(PHOTO).seed(5).build().split(dataset);

        Set<String> train = photosIn(split.train());
        Set<String> validation = photosIn(split.validation());
        Set<String> test = photosIn(split.test());
        assertThat(train).doesNotContainAnyElementsOf(validation).doesNotContainAnyElementsOf(test);
        assertThat(validation).doesNotContainAnyElementsOf(test);
        assertThat(train.size() + validation.size() + test.size()).isEqualTo(60);
    }

    @Test
    void groupAwareSplitStillMeetsTheProportionsPerClassClosely() {
        ImageDataset dataset = photographs(120, 17);

        DatasetSplit split = DatasetSplitter.builder().groupKey(PHOTO).build().split(dataset);

        for (String label : dataset.labels()) {
            double total = dataset.countsByLabel().get(label);
            assertThat(split.test().countsByLabel().get(label) / total).as("test share of %s", label)
                    .isCloseTo(0.20, offset(0.06));
            assertThat(split.validation().countsByLabel().get(label) / total).as("validation share of %s", label)
                    .isCloseTo(0.16, offset(0.06));
        }
    }

    @Test
    void groupsRecordedOnTheImagesAreUsedWhenNoKeyIsGiven() {
        ImageDataset dataset = photographs(30, 4).withGroups(PHOTO);

        DatasetSplit split = DatasetSplitter.builder().build().split(dataset);

        assertThat(photosIn(split.train())).doesNotContainAnyElementsOf(photosIn(split.test()));
        assertThat(photosIn(split.validation())).doesNotContainAnyElementsOf(photosIn(split.test()));
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        ImageDataset dataset = photographs(50, 8);
        DatasetSplitter.Builder builder = DatasetSplitter.builder().groupKey(PHOTO);

        DatasetSplit first = builder.seed(1).build().split(dataset);
        DatasetSplit again = builder.seed(1).build().split(dataset);
        DatasetSplit other = builder.seed(2).build().split(dataset);

        assertThat(names(first.test())).isEqualTo(names(again.test()));
        assertThat(names(first.validation())).isEqualTo(names(again.validation()));
        assertThat(names(other.test())).isNotEqualTo(names(first.test()));
    }

    @Test
    void everyPartKeepsTheLabelsAndTheirOrder() {
        ImageDataset dataset = ImageDataset.of(List.of("z", "a", "m"), singletons(Map.of("z", 10, "a", 10, "m", 10)).images());

        DatasetSplit split = DatasetSplitter.builder().build().split(dataset);

        assertThat(split.train().labels()).containsExactly("z", "a", "m");
        assertThat(split.validation().labels()).containsExactly("z", "a", "m");
        assertThat(split.test().labels()).containsExactly("z", "a", "m");
    }

    @Test
    void zeroFractionsLeaveThosePartsEmpty() {
        ImageDataset dataset = singletons(Map.of("a", 10, "b", 10));

        DatasetSplit split = DatasetSplitter.builder().testFraction(0.0).validationFraction(0.0).build().split(dataset);

        assertThat(split.train().size()).isEqualTo(20);
        assertThat(split.validation().isEmpty()).isTrue();
        assertThat(split.test().isEmpty()).isTrue();
    }

    @Test
    void fractionsOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> DatasetSplitter.builder().testFraction(1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("testFraction");
        assertThatThrownBy(() -> DatasetSplitter.builder().validationFraction(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validationFraction");
        assertThatThrownBy(() -> DatasetSplitter.builder().testFraction(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Images that are each their own group. */
    private static ImageDataset singletons(Map<String, Integer> counts) {
        List<LabelledImage> images = new ArrayList<>();
        counts.forEach((label, n) -> {
            for (int i = 0; i < n; i++) {
                images.add(LabelledImage.of(ImageSource.memory(label + "-" + i + ".jpg", PIXEL), label));
            }
        });
        return ImageDataset.of(images);
    }

    /**
     * {@code photos} photographs named like the shared data ({@code IMG_<date>_<time>_<k>.jpg}),
     * each cut into 1 to {@code maxCrops} coins of random classes, so groups span classes.
     */
    private static ImageDataset photographs(int photos, int maxCrops) {
        Random random = new Random(photos * 31L + maxCrops);
        List<String> labels = List.of("1c", "2c", "5c", "2e");
        List<LabelledImage> images = new ArrayList<>();
        for (int p = 0; p < photos; p++) {
            String photo = "IMG_20190707_" + String.format("%06d", 100000 + p);
            int crops = 1 + random.nextInt(maxCrops);
            for (int k = 0; k < crops; k++) {
                String label = labels.get(random.nextInt(labels.size()));
                images.add(LabelledImage.of(ImageSource.memory(photo + "_" + k + ".jpg", PIXEL), label));
            }
        }
        return ImageDataset.of(images);
    }

    private static Set<String> photosIn(ImageDataset part) {
        Set<String> photos = new HashSet<>();
        part.forEach(image -> photos.add(PHOTO.groupOf(image)));
        return photos;
    }

    private static List<String> names(ImageDataset part) {
        return part.stream().map(i -> i.source().name()).toList();
    }
}
