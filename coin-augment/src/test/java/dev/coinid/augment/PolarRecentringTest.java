package dev.coinid.augment;

import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A polar picture unwrapped anew about a centre a little off, as a misled locator would unwrap it. */
class PolarRecentringTest {

    private static final int ANGLES = 128;
    private static final int RADII = 32;

    /** A polar picture whose value is its row: the distance from the centre, rim at the bottom. */
    private static RgbImage rings() {
        byte[] rgb = new byte[3 * ANGLES * RADII];
        for (int y = 0; y < RADII; y++) {
            for (int x = 0; x < ANGLES; x++) {
                for (int c = 0; c < 3; c++) {
                    rgb[3 * (y * ANGLES + x) + c] = (byte) (4 * y);
                }
            }
        }
        return RgbImage.of(ANGLES, RADII, rgb);
    }

    private static int row(RgbImage image, int column, int row) {
        return image.toRgbBytes()[3 * (row * ANGLES + column)] & 0xFF;
    }

    @Test
    void aCentreMovedTowardsAnAngleBringsTheRimNearerThereAndFartherOpposite() {
        // centre moved a quarter of the rim radius towards column 0
        RgbImage moved = AffineAugmenter.nearestFill().apply(rings(), Transform.identity().withPolarRecentring(0.25, 0, 1));

        // at row 15 (half the rim radius), column 0 reads 0.5 + 0.25 of the rim: row 23.5; column 64 reads 0.25: row 7.5
        assertThat(row(moved, 0, 15)).isCloseTo(4 * 23, within(3));
        assertThat(row(moved, ANGLES / 2, 15)).isCloseTo(4 * 7, within(3));
        // beyond the rim the rim's row is repeated
        assertThat(row(moved, 0, RADII - 1)).isEqualTo(4 * (RADII - 1));
    }

    @Test
    void aLargerRimReadsRingsFartherOutAndNoShiftChangesNothing() {
        RgbImage wider = AffineAugmenter.nearestFill().apply(rings(), Transform.identity().withPolarRecentring(0, 0, 0.5));
        assertThat(row(wider, 10, 19)).as("row 19 of a rim half as large reads row 9.5").isCloseTo(4 * 9, within(3));

        assertThat(Transform.identity().withPolarRecentring(0, 1, 1).isPolarIdentity()).isTrue();
        RgbImage same = AffineAugmenter.nearestFill().apply(rings(), Transform.identity().withPolarRecentring(0, 1, 1));
        assertThat(same.toRgbBytes()).isEqualTo(rings().toRgbBytes());
    }

    @Test
    void drawnOnlyWhenOnAndWithinItsRanges() {
        Augmentation without = Augmentation.polarPreset().toBuilder().polarCentreShiftRange(0, 0).polarRimScaleRange(1, 1).build();
        Augmentation with = without.toBuilder().polarCentreShiftRange(0, 0.08).polarRimScaleRange(0.95, 1.05).build();
        Transform plain = without.randomTransform(new SplittableRandom(9), ANGLES, RADII);
        Transform recentred = with.randomTransform(new SplittableRandom(9), ANGLES, RADII);

        assertThat(plain.isPolarIdentity()).isTrue();
        assertThat(recentred.centreShift()).isBetween(0.0, 0.08);
        assertThat(recentred.rimScale()).isBetween(0.95, 1.05);
        assertThat(recentred.withPolarRecentring(0, 0, 1)).isEqualTo(plain);
        assertThat(with.toString()).contains("polarCentreShiftRange=[0.0, 0.08]", "polarRimScaleRange=[0.95, 1.05]");
        assertThat(with).isNotEqualTo(without);
        assertThat(with.toBuilder().build()).isEqualTo(with);
        assertThatThrownBy(() -> Augmentation.builder().polarCentreShiftRange(0, 0.7))
                .hasMessageContaining("polarCentreShiftRange");
        assertThatThrownBy(() -> Augmentation.builder().polarRimScaleRange(0.2, 1)).hasMessageContaining("polarRimScaleRange");
    }

    @Test
    void theAngleIsTheArcTangentToWithinTwoTenThousandthsOfARadian() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double x = random.nextDouble(-2, 2);
            double y = random.nextDouble(-2, 2);
            assertThat(PolarRecentring.angle(x, y)).isCloseTo(Math.atan2(y, x), within(2e-4));
        }
        assertThat(PolarRecentring.angle(0, 0)).isZero();
        assertThat(PolarRecentring.angle(-1, 0)).isCloseTo(Math.PI, within(1e-9));
        assertThat(PolarRecentring.angle(0, -1)).isCloseTo(-Math.PI / 2, within(1e-9));
    }
}
