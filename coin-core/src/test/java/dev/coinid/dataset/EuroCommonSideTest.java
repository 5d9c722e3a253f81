package dev.coinid.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.image.RgbImage;
import dev.coinid.testing.SharedData;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The real photos in ../shared (skipped where they are absent). */
class EuroCommonSideTest {

    private static final GroupKey PHOTOGRAPH = GroupKey.regex("IMG_\\d+_\\d+");

    @Test
    void loadsEightClassesOf150Photos() {
        ImageDataset dataset = ImageDataset.fromClassFolders(SharedData.dataset("euro-common-side"));

        assertThat(dataset.labels()).containsExactly("10c", "1c", "1e", "20c", "2c", "2e", "50c", "5c");
        assertThat(dataset.countsByLabel().values()).containsOnly(150);
        assertThat(dataset.size()).isEqualTo(1200);
        for (String label : dataset.labels()) {
            RgbImage first = dataset.filter(i -> i.label().equals(label)).get(0).source().load();
            assertThat(Math.max(first.width(), first.height())).isBetween(32, 256);
        }
    }

    @Test
    void groupAwareSplitKeepsEveryPhotographInOnePart() {
        ImageDataset dataset = ImageDataset.fromClassFolders(SharedData.dataset("euro-common-side"));

        DatasetSplit split = DatasetSplitter.builder().testFraction(0.2).validationFraction(0.2).seed(42)
                .groupKey(PHOTOGRAPH).build().split(dataset);

        List<Set<String>> photographs = Stream.of(split.train(), split.validation(), split.test())
                .map(EuroCommonSideTest::photographs).toList();
        assertThat(photographs.get(0)).doesNotContainAnyElementsOf(photographs.get(1))
                .doesNotContainAnyElementsOf(photographs.get(2));
        assertThat(photographs.get(1)).doesNotContainAnyElementsOf(photographs.get(2));
        assertThat(split.size()).isEqualTo(1200);
        assertThat(split.test().size()).isBetween(200, 280);
        assertThat(split.test().countsByLabel().values()).allSatisfy(n -> assertThat(n).isBetween(20, 40));
    }

    @Test
    void seedSamplesAreLabelledByTheOriginalFileNameRule() {
        Path samples = SharedData.dataset("seed-samples");

        ImageDataset dataset = ImageDataset.fromFileNames(samples, LabelRule.prefixBeforeFirstZero());

        assertThat(dataset.labels()).containsExactly("Atenas", "Francia", "image");
        assertThat(dataset.countsByLabel()).containsEntry("image", 2);
        assertThat(dataset.get(0).source().load().width()).isPositive();
    }

    private static Set<String> photographs(ImageDataset part) {
        Set<String> names = new HashSet<>();
        for (LabelledImage image : part) {
            String photograph = PHOTOGRAPH.groupOf(image);
            assertThat(photograph).as("every shared file name has a photograph prefix").startsWith("IMG_")
                    .doesNotEndWith(".jpg");
            names.add(photograph);
        }
        return names;
    }
}
