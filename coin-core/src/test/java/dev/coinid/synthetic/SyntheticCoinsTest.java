package dev.coinid.synthetic;

import static dev.coinid.testing.TestPictures.meanAbsoluteDifference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.RgbImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCoinsTest {

    @Test
    void defaultsAreTheOriginalFourClassesAt64Pixels() {
        SyntheticCoins coins = SyntheticCoins.builder().imagesPerClass(3).build();

        ImageDataset dataset = coins.generate();

        assertThat(dataset.labels()).containsExactly("Altamira", "Atenas", "Francia", "Vaticano");
        assertThat(dataset.countsByLabel().values()).containsOnly(3);
        RgbImage first = dataset.get(0).source().load();
        assertThat(first.width()).isEqualTo(64);
        assertThat(first.height()).isEqualTo(64);
    }

    @Test
    void theSameSeedDrawsTheSamePicturesAndAnotherSeedOthers() {
        SyntheticCoins.Builder builder = SyntheticCoins.builder().imagesPerClass(2);

        List<RgbImage> first = pictures(builder.seed(3).build().generate());
        List<RgbImage> again = pictures(builder.seed(3).build().generate());
        List<RgbImage> other = pictures(builder.seed(4).build().generate());

        assertThat(again).isEqualTo(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(other.get(i)).isNotEqualTo(first.get(i));
        }
    }

    @Test
    void aPictureDependsOnlyOnSeedLabelAndIndex() {
        SyntheticCoins few = SyntheticCoins.builder().imagesPerClass(2).build();
        SyntheticCoins many = SyntheticCoins.builder().imagesPerClass(50).build();

        assertThat(many.render("Francia", 1)).isEqualTo(few.render("Francia", 1));
        assertThat(few.generate().filter(i -> i.label().equals("Francia")).get(1).source().load())
                .isEqualTo(few.render("Francia", 1));
    }

    @Test
    void picturesOfOneClassVaryWidely() {
        SyntheticCoins coins = SyntheticCoins.builder().build();

        RgbImage a = coins.render("Atenas", 0);
        for (int i = 1; i < 6; i++) {
            assertThat(meanAbsoluteDifference(a, coins.render("Atenas", i))).as("picture %d", i).isGreaterThan(15);
        }
    }

    @Test
    void colourAloneDoesNotTellTheClassesApart() {
        // A nearest-class-mean classifier on each picture's mean colour should do no better than
        // chance if colour, light and background are drawn alike for every class.
        SyntheticCoins coins = SyntheticCoins.builder().imagesPerClass(80).seed(11).build();
        ImageDataset train = coins.generate();
        List<String> labels = coins.labels();
        double[][] centroids = new double[labels.size()][3];
        for (LabelledImage image : train) {
            double[] colour = meanColour(image.source().load());
            for (int c = 0; c < 3; c++) {
                centroids[labels.indexOf(image.label())][c] += colour[c] / 80;
            }
        }
        SyntheticCoins fresh = SyntheticCoins.builder().imagesPerClass(40).seed(12).build();
        int right = 0;
        int total = 0;
        for (LabelledImage image : fresh.generate()) {
            double[] colour = meanColour(image.source().load());
            int nearest = 0;
            for (int k = 1; k < labels.size(); k++) {
                if (distance(colour, centroids[k]) < distance(colour, centroids[nearest])) {
                    nearest = k;
                }
            }
            right += labels.get(nearest).equals(image.label()) ? 1 : 0;
            total++;
        }

        assertThat((double) right / total).as("accuracy from colour alone (chance is 0.25)").isLessThan(0.40);
    }

    @Test
    void writeToMakesAFolderPerClassThatReadsBackToTheSamePictures(@TempDir Path dir) throws IOException {
        SyntheticCoins coins = SyntheticCoins.builder().imagesPerClass(3).imageSize(48).build();

        ImageDataset written = coins.writeTo(dir.resolve("coins"));

        assertThat(pictures(written)).isEqualTo(pictures(coins.generate()));
        assertThat(written.get(0).source().path()).isPresent();
        ImageDataset reread = ImageDataset.fromClassFolders(dir.resolve("coins"));
        assertThat(reread.labels()).isEqualTo(coins.labels());
        assertThat(pictures(reread)).isEqualTo(pictures(written));
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .hasSize(12)
                    .allSatisfy(name -> assertThat(name).endsWith(".jpg"));
        }
    }

    @Test
    void writingTwiceReplacesTheFiles(@TempDir Path dir) {
        SyntheticCoins coins = SyntheticCoins.builder().imagesPerClass(2).build();

        coins.writeTo(dir);
        ImageDataset second = coins.writeTo(dir);

        assertThat(second.size()).isEqualTo(8);
        assertThat(ImageDataset.fromClassFolders(dir).size()).isEqualTo(8);
    }

    @Test
    void customLabelsAreSortedAndGetOneMotifEach() {
        List<String> labels = new ArrayList<>(List.of("h", "g", "f", "e", "d", "c", "b", "a"));
        Collections.shuffle(labels);

        SyntheticCoins coins = SyntheticCoins.builder().labels(labels).imagesPerClass(1).imageSize(32).build();

        assertThat(coins.labels()).containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
        assertThat(coins.generate().size()).isEqualTo(8);
    }

    @Test
    void badSettingsAreRefused() {
        SyntheticCoins.Builder builder = SyntheticCoins.builder();

        assertThatThrownBy(() -> builder.labels(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 8");
        assertThatThrownBy(() -> builder.labels(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.labels(List.of("a/b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.imageSize(8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.imagesPerClass(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.build().render("Roma", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Roma");
    }

    private static List<RgbImage> pictures(ImageDataset dataset) {
        return dataset.stream().map(i -> i.source().load()).toList();
    }

    private static double[] meanColour(RgbImage image) {
        double[] sum = new double[3];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                for (int c = 0; c < 3; c++) {
                    sum[c] += image.sample(x, y, c);
                }
            }
        }
        double n = image.width() * image.height();
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int c = 0; c < 3; c++) {
            d += (a[c] - b[c]) * (a[c] - b[c]);
        }
        return d;
    }

}
