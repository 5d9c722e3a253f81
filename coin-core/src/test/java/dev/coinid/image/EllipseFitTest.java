package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EllipseFitTest {

    @Test
    void recoversAnEllipseFromNoisyPointsWithAFifthOfThemStray() {
        CoinEllipse truth = new CoinEllipse(120, 80, 60, 40, Math.toRadians(25));
        Random random = new Random(3);
        int n = 150;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            // every fifth point well inside, as an edge of the design would be
            double fraction = i % 5 == 0 ? random.nextDouble(0.5, 0.9) : 1 + random.nextGaussian() * 0.005;
            double[] p = truth.point(Math.cos(t), Math.sin(t), fraction);
            xs[i] = p[0];
            ys[i] = p[1];
        }

        CoinEllipse fit = EllipseFit.through(xs, ys).orElseThrow();

        assertThat(fit.centerX()).isCloseTo(120, offset(1.0));
        assertThat(fit.centerY()).isCloseTo(80, offset(1.0));
        assertThat(fit.semiMajor()).isCloseTo(60, offset(1.0));
        assertThat(fit.semiMinor()).isCloseTo(40, offset(1.0));
        assertThat(Math.toDegrees(fit.angle())).isCloseTo(25, offset(1.0));
    }

    @Test
    void recoversAnEllipseSeenAlongHalfItsOutline() {
        // a tilted coin whose ends lie beyond the picture's edges: only its two flatter arcs are seen
        CoinEllipse truth = new CoinEllipse(200, 210, 199, 141, 0);
        Random random = new Random(5);
        int n = 180;
        double[] xs = new double[n];
        double[] ys = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double[] p = truth.point(Math.cos(t), Math.sin(t), 1 + random.nextGaussian() * 0.01);
            if (p[0] > 40 && p[0] < 360) {
                xs[m] = p[0];
                ys[m] = p[1];
                m++;
            }
        }

        CoinEllipse fit = EllipseFit.through(Arrays.copyOf(xs, m), Arrays.copyOf(ys, m)).orElseThrow();

        assertThat(fit.centerX()).isCloseTo(200, offset(2.0));
        assertThat(fit.centerY()).isCloseTo(210, offset(2.0));
        assertThat(fit.semiMajor()).isCloseTo(199, offset(3.0));
        assertThat(fit.semiMinor()).isCloseTo(141, offset(2.0));
    }

    @Test
    void findsNoEllipseInPointsOnALine() {
        double[] xs = new double[20];
        double[] ys = new double[20];
        for (int i = 0; i < 20; i++) {
            xs[i] = i;
            ys[i] = 2 * i + 1;
        }

        assertThat(EllipseFit.through(xs, ys)).isEmpty();
    }

    @Test
    void readsTheEllipseOfAConic() {
        // x²/4 + y² = 1 turned by 90 degrees: x² + y²/4 = 1, the longer axis along y
        CoinEllipse ellipse = EllipseFit.ellipseOf(1, 0, 0.25, 0, 0, -1).orElseThrow();

        assertThat(ellipse.semiMajor()).isCloseTo(2, offset(1e-9));
        assertThat(ellipse.semiMinor()).isCloseTo(1, offset(1e-9));
        assertThat(ellipse.angle()).isCloseTo(Math.PI / 2, offset(1e-9));
    }
}
