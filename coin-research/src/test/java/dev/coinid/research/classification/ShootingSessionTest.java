package dev.coinid.research.classification;

import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ShootingSessionTest {

    @Test
    void photosTakenBeforeSixInTheMorningAreTheNightSession() {
        assertThat(ShootingSession.ofFileName("IMG_20190707_010612_3.jpg")).contains(ShootingSession.NIGHT);
        assertThat(ShootingSession.ofFileName("IMG_20190707_055959_0.jpg")).contains(ShootingSession.NIGHT);
        assertThat(ShootingSession.ofFileName("IMG_20190707_060000_0.jpg")).contains(ShootingSession.DAY);
        assertThat(ShootingSession.ofFileName("IMG_20190611_135012_12.jpg")).contains(ShootingSession.DAY);
    }

    @Test
    void aNameWithoutAFileTimeBelongsToNoSession() {
        assertThat(ShootingSession.ofFileName("Atenas0 (78).jpg")).isEmpty();
        assertThat(ShootingSession.NIGHT.contains(image("coin.jpg"))).isFalse();
        assertThat(ShootingSession.DAY.contains(image("coin.jpg"))).isFalse();
    }

    @Test
    void anImageIsJudgedByItsFileNameNotItsFolder() {
        LabelledImage night = image("IMG_20190707_161200/IMG_20190707_010415_2.jpg");
        assertThat(ShootingSession.NIGHT.contains(night)).isTrue();
        assertThat(ShootingSession.DAY.contains(night)).isFalse();
    }

    private static LabelledImage image(String path) {
        return LabelledImage.of(ImageSource.file(Path.of("photos", path), ImageDecoder.defaults()), "1c");
    }
}
