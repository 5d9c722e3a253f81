package dev.coinid.research.classification;

import dev.coinid.dataset.DatasetSplit;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProtocolTest {

    /** 2 classes x (3 night photographs + 12 day photographs) x 2 coins each. */
    private static final ImageDataset PHOTOS = photos();

    @Test
    void theNightHoldOutTestsOnEveryNightPhotoAndTrainsOnDayPhotosOnly() {
        DatasetSplit parts = Protocol.NIGHT_HOLD_OUT.split(PHOTOS, 42);

        assertThat(parts.test().images()).allMatch(ShootingSession.NIGHT::contains).hasSize(12);
        assertThat(parts.train().images()).allMatch(ShootingSession.DAY::contains);
        assertThat(parts.validation().images()).allMatch(ShootingSession.DAY::contains).isNotEmpty();
        assertThat(parts.size()).isEqualTo(PHOTOS.size());
    }

    @Test
    void theOtherLookTrainsAsTheNightHoldOutAndTestsItsNightPhotosChanged() {
        DatasetSplit night = Protocol.NIGHT_HOLD_OUT.split(PHOTOS, 42);
        DatasetSplit otherLook = Protocol.NIGHT_OTHER_LOOK.split(PHOTOS, 42);

        assertThat(Protocol.NIGHT_OTHER_LOOK.trainsAs()).isEqualTo(Protocol.NIGHT_HOLD_OUT);
        assertThat(Protocol.NIGHT_HOLD_OUT.trainsAs()).isEqualTo(Protocol.NIGHT_HOLD_OUT);
        assertThat(Protocol.GROUP_SPLIT.trainsAs()).isEqualTo(Protocol.GROUP_SPLIT);
        assertThat(otherLook.train().images()).isEqualTo(night.train().images());
        assertThat(otherLook.validation().images()).isEqualTo(night.validation().images());
        assertThat(otherLook.test().stream().map(i -> i.source().name() + " " + i.label() + " " + i.group()).toList())
                .isEqualTo(night.test().stream().map(i -> i.source().name() + " " + i.label() + " " + i.group()).toList());
        assertThat(otherLook.test().images()).isNotEqualTo(night.test().images());
    }

    @Test
    void everyProtocolKeepsEachPhotographInOnePart() {
        for (Protocol protocol : Protocol.values()) {
            DatasetSplit parts = protocol.split(PHOTOS, 7);
            Set<String> train = photographs(parts.train());
            Set<String> validation = photographs(parts.validation());
            Set<String> test = photographs(parts.test());
            assertThat(train).doesNotContainAnyElementsOf(test).doesNotContainAnyElementsOf(validation);
            assertThat(validation).doesNotContainAnyElementsOf(test);
            assertThat(parts.test().isEmpty()).as(protocol.name()).isFalse();
        }
    }

    @Test
    void theSameSeedGivesTheSameParts() {
        assertThat(Protocol.GROUP_SPLIT.split(PHOTOS, 3).toString())
                .isEqualTo(Protocol.GROUP_SPLIT.split(PHOTOS, 3).toString());
        assertThat(Protocol.GROUP_SPLIT.split(PHOTOS, 3).test().images())
                .isEqualTo(Protocol.GROUP_SPLIT.split(PHOTOS, 3).test().images());
    }

    private static Set<String> photographs(ImageDataset part) {
        return part.stream().map(Protocol.PHOTOGRAPH::groupOf).collect(Collectors.toSet());
    }

    private static ImageDataset photos() {
        List<LabelledImage> images = new ArrayList<>();
        for (String label : List.of("1c", "2c")) {
            for (int photo = 0; photo < 15; photo++) {
                String time = photo < 3 ? String.format("0%d1500", photo) : String.format("1%d3000", photo % 7);
                for (int coin = 0; coin < 2; coin++) {
                    String name = "IMG_2019070" + (label.equals("1c") ? 7 : 8) + "_" + time + "_" + coin + ".jpg";
                    images.add(LabelledImage.of(ImageSource.file(Path.of(label, name), ImageDecoder.defaults()), label));
                }
            }
        }
        return ImageDataset.of(images);
    }
}
