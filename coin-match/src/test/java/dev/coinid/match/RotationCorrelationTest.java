package dev.coinid.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RotationCorrelationTest {

    private static float[] randomDescription(Random random) {
        float[] d = new float[PolarGradientHistogram.LENGTH];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) random.nextGaussian();
        }
        return d;
    }

    private static float[] shifted(float[] d, int sectors) {
        float[] out = new float[d.length];
        int n = PolarGradientHistogram.SECTOR_LENGTH;
        for (int a = 0; a < PolarGradientHistogram.ANGLES; a++) {
            int to = Math.floorMod(a + sectors, PolarGradientHistogram.ANGLES);
            System.arraycopy(d, a * n, out, to * n, n);
        }
        return out;
    }

    @Test
    void agreesWithTheCorrelationComputedShiftByShift() {
        Random random = new Random(1);
        float[] photo = randomDescription(random);
        float[] reference = randomDescription(random);
        int n = PolarGradientHistogram.SECTOR_LENGTH;
        double best = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < PolarGradientHistogram.ANGLES; s++) {
            double sum = 0;
            for (int a = 0; a < PolarGradientHistogram.ANGLES; a++) {
                int p = ((a + s) % PolarGradientHistogram.ANGLES) * n;
                for (int v = 0; v < n; v++) {
                    sum += photo[p + v] * reference[a * n + v];
                }
            }
            best = Math.max(best, sum);
        }

        RotationCorrelation.Turn turn = RotationCorrelation.best(RotationCorrelation.spectrum(photo),
                RotationCorrelation.spectrum(reference));

        assertThat(turn.correlation()).isCloseTo(best, offset(1e-3 * Math.abs(best)));
    }

    @Test
    void findsHowFarAPhotoIsTurned() {
        float[] reference = randomDescription(new Random(2));
        float[] photo = shifted(reference, 17);

        RotationCorrelation.Turn turn = RotationCorrelation.best(RotationCorrelation.spectrum(photo),
                RotationCorrelation.spectrum(reference));

        // sectors run clockwise on screen: 17 sectors on is a turn of 85 degrees clockwise
        assertThat(turn.degrees()).isCloseTo(360 - 17 * 360.0 / PolarGradientHistogram.ANGLES, offset(1e-9));
    }
}
