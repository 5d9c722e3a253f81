package dev.coinid.model;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import java.nio.FloatBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PreprocessingTest {

    @Test
    void theSeedPreprocessingIsTheOriginalExperiments() {
        Preprocessing p = Preprocessing.seed();
        assertThat(p.width()).isEqualTo(128);
        assertThat(p.height()).isEqualTo(128);
        assertThat(p.fit()).isEqualTo(Fit.STRETCH);
        assertThat(p.rescale()).isEqualTo(1 / 255f);
        assertThat(p.normalization()).isEqualTo(Normalization.NONE);
    }

    @Test
    void stretchResizesTheWholePhotoAndCenterCropKeepsTheMiddle() {
        // left third red, middle third green, right third blue
        byte[] rgb = new byte[90 * 30 * 3];
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 90; x++) {
                rgb[3 * (y * 90 + x) + x / 30] = (byte) 255;
            }
        }
        RgbImage photo = RgbImage.of(90, 30, rgb);
        RgbImage stretched = Preprocessing.seed().inputSize(12, 12).fitImage(photo);
        RgbImage cropped = Preprocessing.seed().inputSize(12, 12).fit(Fit.CENTER_CROP).fitImage(photo);
        assertThat(stretched.width()).isEqualTo(12);
        assertThat(stretched.sample(0, 6, 0)).isEqualTo(255); // red still on the left
        assertThat(cropped.sample(0, 6, 1)).isEqualTo(255);   // only the green middle is left
        assertThat(cropped.sample(11, 6, 1)).isEqualTo(255);
    }

    @Test
    void writeRescaledPutsScaledValuesAndAdvances() {
        Preprocessing p = Preprocessing.seed().inputSize(8, 8);
        FloatBuffer out = FloatBuffer.allocate(2 * p.floatsPerImage());
        p.writeRescaled(List.of(RgbImage.filled(8, 8, 255, 0, 51), RgbImage.filled(8, 8, 0, 0, 0)), out);
        assertThat(out.position()).isEqualTo(2 * 8 * 8 * 3);
        assertThat(out.get(0)).isEqualTo(1f);
        assertThat(out.get(2)).isCloseTo(0.2f, within(1e-6f));
        assertThatThrownBy(() -> p.writeRescaled(RgbImage.filled(9, 8, 0, 0, 0), FloatBuffer.allocate(1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fitImage");
    }

    @Test
    void rejectsUnusableSettings() {
        assertThatThrownBy(() -> Preprocessing.seed().inputSize(4, 128)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Preprocessing.seed().rescale(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
