package dev.coinid.augment;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PresetsTest {

    @Test
    void turningCoinsAtAnyAngleNeverMirrorsThem() {
        Augmentation preset = Augmentation.builder().rotationRange(180).zoomRange(0.1)
                .widthShiftRange(0.05).heightShiftRange(0.05).shearRange(5).build();

        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            assertThat(preset.randomTransform(random, 64, 64).matrix(64, 64).determinant()).isPositive();
        }
    }

    @Test
    void thePolarPresetTurnsTheCoinByShiftingColumnsRoundTheCircle() {
        Augmentation preset = Augmentation.polarPreset();

        assertThat(preset.widthShiftRange()).isEqualTo(0.5);
        assertThat(preset.fillMode()).isEqualTo(FillMode.WRAP);
        assertThat(preset.gammaRange()).isEqualTo(ValueRange.of(1 / 3.0, 3.0));
        assertThat(preset.polarShadowRange()).isEqualTo(ValueRange.of(0, 0.6));
        assertThat(preset.colorGainRange()).isEqualTo(ValueRange.of(0.7, 1.4));
        // the centre and rim as a misled locator finds them, by unwrapping anew, not by moving rows
        assertThat(preset.polarCentreShiftRange()).isEqualTo(ValueRange.of(0, 0.08));
        assertThat(preset.polarRimScaleRange()).isEqualTo(ValueRange.of(0.95, 1.05));
        // nothing moves the centre row or the rim row
        assertThat(preset.heightShiftRange()).isZero();
        assertThat(preset.rotationRange()).isZero();
        assertThat(preset.zoomRange()).isEqualTo(ValueRange.fixed(1));
        assertThat(preset.shearRange()).isZero();
    }

    @Test
    void theSeedPresetIsUnchanged() {
        assertThat(Augmentation.seedPreset().rotationRange()).isEqualTo(30);
        assertThat(Augmentation.seedPreset().colorGainRange()).isEqualTo(ValueRange.fixed(1));
    }
}
