package dev.coinid.model;

import dev.coinid.image.Fit;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;
import dev.coinid.model.recipe.Normalization;
import dev.coinid.model.recipe.Preprocessing;
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
    void theFitterFitsAsTheFitSays() {
        Preprocessing seed = Preprocessing.seed().inputSize(48, 24);
        assertThat(seed.fitter()).isEqualTo(PhotoFitter.stretch(48, 24));
        assertThat(seed.fit(Fit.CENTER_CROP).fitter()).isEqualTo(PhotoFitter.centerCrop(48, 24));
        assertThat(seed.fit(Fit.COIN_CIRCLE).fitter()).isEqualTo(PhotoFitter.coinCircle(48, 24));
        assertThat(Preprocessing.polar().fitter()).isEqualTo(PhotoFitter.coinPolar(128, 32));
        assertThat(Preprocessing.polar().fitter().neededShorterSide()).isEqualTo(256);
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
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fitter()");
        RgbImage fitted = RgbImage.filled(8, 8, 1, 2, 3);
        assertThatThrownBy(() -> p.writeRescaled(List.of(fitted, fitted), FloatBuffer.allocate(p.floatsPerImage())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 images need 384 floats");
    }

    @Test
    void rejectsUnusableSettings() {
        assertThatThrownBy(() -> Preprocessing.seed().inputSize(4, 128)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Preprocessing.seed().rescale(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
