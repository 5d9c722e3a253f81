package dev.coinid.augment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AugmentationTest {

    private static List<Transform> draw(Augmentation spec, int count, int width, int height) {
        SplittableRandom random = new SplittableRandom(2024);
        List<Transform> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(spec.randomTransform(random, width, height));
        }
        return drawn;
    }

    /** Asserts every drawn value lies in [min, max] and the draws come within 2% of both ends. */
    private static void assertCovers(List<Transform> drawn, ToDoubleFunction<Transform> parameter, String name,
                                     double min, double max) {
        double lowest = drawn.stream().mapToDouble(parameter).min().orElseThrow();
        double highest = drawn.stream().mapToDouble(parameter).max().orElseThrow();
        double mean = drawn.stream().mapToDouble(parameter).average().orElseThrow();
        double width = max - min;
        assertThat(lowest).as(name + " lowest").isBetween(min, min + 0.02 * width);
        assertThat(highest).as(name + " highest").isBetween(max - 0.02 * width, max);
        assertThat(mean).as(name + " mean").isCloseTo((min + max) / 2, within(0.03 * width));
    }

    @Test
    void seedPresetHasTheOriginalExperimentsNumbers() {
        Augmentation preset = Augmentation.seedPreset();
        assertThat(preset.rotationRange()).isEqualTo(30);
        assertThat(preset.shearRange()).isEqualTo(0.1);
        assertThat(preset.zoomRange()).isEqualTo(ValueRange.of(0.8, 1.2));
        assertThat(preset.widthShiftRange()).isEqualTo(0.1);
        assertThat(preset.heightShiftRange()).isEqualTo(0.1);
        assertThat(preset.rescale()).isEqualTo(1 / 255f);
        assertThat(preset.fillMode()).isEqualTo(FillMode.NEAREST);
        assertThat(preset.brightnessRange().isFixed()).isTrue();
        assertThat(preset.channelShiftRange()).isZero();
        assertThat(preset.colorGainRange()).isEqualTo(ValueRange.fixed(1));
        assertThat(preset.saturationRange()).isEqualTo(ValueRange.fixed(1));
        assertThat(preset.isIdentity()).isFalse();
    }

    @Test
    void noneDrawsOnlyIdentityTransformsAndRescalesBy1Over255() {
        Augmentation none = Augmentation.none();
        assertThat(none.isIdentity()).isTrue();
        assertThat(none.rescale()).isEqualTo(1 / 255f);
        for (Transform t : draw(none, 100, 64, 64)) {
            assertThat(t.matrix(64, 64).isIdentity()).isTrue();
            assertThat(t.isColorIdentity()).isTrue();
        }
    }

    @Test
    void builderDefaultsAreNoneAndTheExampleFromTheIssueBuilds() {
        assertThat(Augmentation.builder().build()).isEqualTo(Augmentation.none());
        Augmentation spec = Augmentation.builder().rotationRange(30).zoomRange(0.2).widthShiftRange(0.1)
                .heightShiftRange(0.1).shearRange(0.1).brightnessRange(0.8, 1.2).rescale(1 / 255f)
                .fillMode(FillMode.NEAREST).build();
        assertThat(spec).isEqualTo(Augmentation.seedPreset().toBuilder().brightnessRange(0.8, 1.2).build());
        assertThat(spec).isNotEqualTo(Augmentation.seedPreset());
    }

    @Test
    void toBuilderKeepsEverySetting() {
        Augmentation spec = Augmentation.builder().rotationRange(180).widthShiftRange(3).heightShiftRange(0.2)
                .shearRange(5).zoomRange(0.7, 1.1).brightnessRange(0.5, 1.5).channelShiftRange(20)
                .colorGainRange(0.9, 1.1).saturationRange(0.6, 1.4).fillMode(FillMode.CONSTANT).fillValue(128)
                .rescale(1).build();
        Augmentation copy = spec.toBuilder().build();
        assertThat(copy).isEqualTo(spec).hasSameHashCodeAs(spec);
        assertThat(copy.toString()).isEqualTo(spec.toString()).contains("fillMode=CONSTANT", "fillValue=128.0");
        assertThat(spec.toBuilder().fillValue(0).build()).isNotEqualTo(spec);
    }

    @Test
    void drawnParametersStayWithinTheirRangesAndCoverThem() {
        Augmentation spec = Augmentation.builder().rotationRange(180).widthShiftRange(0.1).heightShiftRange(5)
                .shearRange(20).zoomRange(0.3).brightnessRange(0.8, 1.2).channelShiftRange(20)
                .colorGainRange(0.9, 1.1).saturationRange(0.5, 1.5).gammaRange(0.6, 1.8).build();
        List<Transform> drawn = draw(spec, 20_000, 200, 100);
        assertCovers(drawn, Transform::rotationDeg, "rotation", -180, 180);
        assertCovers(drawn, Transform::tx, "tx (a tenth of the width)", -20, 20);
        assertCovers(drawn, Transform::ty, "ty (pixels)", -5, 5);
        assertCovers(drawn, Transform::shearDeg, "shear", -20, 20);
        assertCovers(drawn, Transform::zx, "zx", 0.7, 1.3);
        assertCovers(drawn, Transform::zy, "zy", 0.7, 1.3);
        assertCovers(drawn, Transform::brightness, "brightness", 0.8, 1.2);
        assertCovers(drawn, Transform::channelShift, "channel shift", -20, 20);
        assertCovers(drawn, Transform::redGain, "red gain", 0.9, 1.1);
        assertCovers(drawn, Transform::greenGain, "green gain", 0.9, 1.1);
        assertCovers(drawn, Transform::blueGain, "blue gain", 0.9, 1.1);
        assertCovers(drawn, Transform::saturation, "saturation", 0.5, 1.5);
        assertCovers(drawn, Transform::gamma, "gamma", 0.6, 1.8);
        // zx and zy are drawn independently, not as one factor
        assertThat(drawn.stream().filter(t -> t.zx() != t.zy()).count()).isEqualTo(drawn.size());
        // and so are the three gains
        assertThat(drawn.stream().filter(t -> t.redGain() != t.greenGain() && t.greenGain() != t.blueGain()).count())
                .isEqualTo(drawn.size());
    }

    @Test
    void widthShiftMovesHorizontallyOnlyAndHeightShiftVerticallyOnly() {
        List<Transform> wide = draw(Augmentation.builder().widthShiftRange(0.25).build(), 500, 40, 80);
        assertThat(wide).allSatisfy(t -> assertThat(t.ty()).isZero());
        assertCovers(wide, Transform::tx, "tx", -10, 10);
        List<Transform> tall = draw(Augmentation.builder().heightShiftRange(0.25).build(), 500, 40, 80);
        assertThat(tall).allSatisfy(t -> assertThat(t.tx()).isZero());
        assertCovers(tall, Transform::ty, "ty", -20, 20);
    }

    @Test
    void noDrawnTransformMirrorsThePicture() {
        Augmentation extreme = Augmentation.builder().rotationRange(180).shearRange(89.9).zoomRange(0.05, 3)
                .widthShiftRange(0.5).heightShiftRange(0.5).build();
        for (Augmentation spec : List.of(extreme, Augmentation.seedPreset())) {
            for (Transform t : draw(spec, 10_000, 64, 48)) {
                assertThat(t.matrix(64, 48).determinant()).as("%s", t).isPositive();
            }
        }
    }

    @Test
    void switchingOnAColourOptionLeavesTheGeometricDrawsAlone() {
        List<Transform> plain = draw(Augmentation.seedPreset(), 50, 64, 64);
        List<Transform> coloured = draw(Augmentation.seedPreset().toBuilder().colorGainRange(0.8, 1.2).build(), 50, 64, 64);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(coloured.get(i).matrix(64, 64)).isEqualTo(plain.get(i).matrix(64, 64));
            assertThat(coloured.get(i).isColorIdentity()).isFalse();
        }
    }

    @Test
    void builderRejectsBadArgumentsSayingWhichAndWhy() {
        Augmentation.Builder b = Augmentation.builder();
        assertRejected(() -> b.rotationRange(200), "rotationRange", "200");
        assertRejected(() -> b.rotationRange(-1), "rotationRange", "-1");
        assertRejected(() -> b.widthShiftRange(-0.1), "widthShiftRange", "-0.1");
        assertRejected(() -> b.heightShiftRange(Double.NaN), "heightShiftRange", "NaN");
        assertRejected(() -> b.shearRange(90), "shearRange", "90");
        assertRejected(() -> b.zoomRange(1), "zoomRange", "1.0");
        assertRejected(() -> b.zoomRange(0, 1.2), "zoomRange", "above 0");
        assertRejected(() -> b.zoomRange(1.2, 0.8), "zoomRange", "min <= max");
        assertRejected(() -> b.brightnessRange(1.2, 0.8), "brightnessRange", "min <= max");
        assertRejected(() -> b.brightnessRange(-0.5, 1), "brightnessRange", "-0.5");
        assertRejected(() -> b.channelShiftRange(300), "channelShiftRange", "300");
        assertRejected(() -> b.colorGainRange(-1, 1), "colorGainRange", "-1");
        assertRejected(() -> b.saturationRange(2, 1), "saturationRange", "min <= max");
        assertRejected(() -> b.fillValue(256), "fillValue", "256");
        assertRejected(() -> b.rescale(0), "rescale", "0");
        assertThatThrownBy(() -> b.fillMode(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("fillMode");
        // a rejected call leaves the builder as it was
        assertThat(b.build()).isEqualTo(Augmentation.none());
    }

    @Test
    void randomTransformRejectsAnEmptyPictureSize() {
        assertRejected(() -> Augmentation.seedPreset().randomTransform(new SplittableRandom(1), 0, 10), "size", "0x10");
    }

    private static void assertRejected(Executable call, String... messageParts) {
        assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll(messageParts);
    }
}
