package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.synthetic.TiltedCamera;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

class TiltedCoinLocatorTest {

    private static final SyntheticDesigns DESIGNS = SyntheticDesigns.withSeed(11);
    private static final TiltedCoinLocator LOCATOR = TiltedCoinLocator.forTwoEuroCoins();
    private static final int WIDTH = 400;
    private static final int HEIGHT = 320;
    /** A coin 62% of the shorter side across, in the middle, sharp, on a table. */
    private static final SyntheticDesigns.Shot SHOT = new SyntheticDesigns.Shot(0, 135, 0.62, 0.5, 0.5, 0, 0, 5);
    private static final CoinOutline COIN = SHOT.coinIn(WIDTH, HEIGHT);

    @ParameterizedTest(name = "tilt {0} about {1} degrees")
    @CsvSource({"30, 0", "45, 30", "45, 120", "40, 75", "35, 160"})
    void findsTheEllipseOfACoinTiltedSeenFromAfar(double tilt, double axis) {
        RgbImage flat = DESIGNS.photo(3, SHOT, WIDTH, HEIGHT);
        RgbImage tilted = new TiltedCamera(tilt, axis, Double.POSITIVE_INFINITY).view(flat, COIN);

        CoinEllipse rim = LOCATOR.locate(tilted);

        assertThat(rim.isCircle()).isFalse();
        assertThat(rim.centerX()).isCloseTo(COIN.centerX(), offset(0.03 * COIN.radius()));
        assertThat(rim.centerY()).isCloseTo(COIN.centerY(), offset(0.03 * COIN.radius()));
        // against the rim CoinLocator finds square on, a pixel or two inside the drawn disc
        double radius = CoinLocator.forTwoEuroCoins().locate(flat).radius();
        assertThat(rim.semiMajor() / radius).isCloseTo(1, offset(0.03));
        assertThat(rim.semiMinor() / radius).isCloseTo(Math.cos(Math.toRadians(tilt)), offset(0.04));
        // the coin keeps its width along the axis it is tilted about
        assertThat(angleBetween(rim.angle(), Math.toRadians(axis))).isLessThan(Math.toRadians(3));
    }

    @Test
    void findsTheEllipseOfACoinTiltedCloseUp() {
        RgbImage flat = DESIGNS.photo(5, SHOT, WIDTH, HEIGHT);
        RgbImage tilted = new TiltedCamera(45, 60, TiltedCamera.CLOSE_UP_MM).view(flat, COIN);

        CoinEllipse rim = LOCATOR.locate(tilted);

        // seen from 12 cm the rim is no exact ellipse: its nearer half is larger than its farther one
        assertThat(rim.semiMajor() / COIN.radius()).isCloseTo(1, offset(0.05));
        assertThat(rim.axisRatio()).isCloseTo(Math.cos(Math.toRadians(45)), offset(0.05));
        assertThat(angleBetween(rim.angle(), Math.toRadians(60))).isLessThan(Math.toRadians(4));
    }

    @Test
    void offersTheCircleFirstAndThenTheEllipsesOfATiltedCoin() {
        RgbImage flat = DESIGNS.photo(4, SHOT, WIDTH, HEIGHT);
        RgbImage tilted = new TiltedCamera(40, 20, TiltedCamera.CLOSE_UP_MM).view(flat, COIN);

        List<CoinEllipse> rims = LOCATOR.rims(tilted);

        assertThat(rims.get(0)).isEqualTo(CoinEllipse.circle(CoinLocator.forTwoEuroCoins().locate(tilted)));
        // the fitted ellipse, then the coarse search's, whose squeezes are 0.85 and 0.7
        assertThat(rims).hasSize(3);
        assertThat(rims.get(1).axisRatio()).isCloseTo(Math.cos(Math.toRadians(40)), offset(0.03));
        assertThat(rims.get(2).axisRatio()).isIn(0.85, 0.7);
        assertThat(rims.subList(1, rims.size())).allSatisfy(rim -> {
            assertThat(angleBetween(rim.angle(), Math.toRadians(20))).isLessThan(Math.toRadians(12));
            assertThat(Math.hypot(rim.centerX() - COIN.centerX(), rim.centerY() - COIN.centerY()))
                    .isLessThan(0.08 * COIN.radius());
        });
    }

    @Test
    void keepsTheCircleOfCoinsPhotographedSquareOn() {
        for (int design = 0; design < 6; design++) {
            RgbImage flat = DESIGNS.photo(design, SHOT.turned(40 * design).litFrom(60 * design), WIDTH, HEIGHT);

            CoinEllipse rim = LOCATOR.locate(flat);

            assertThat(rim.isCircle()).as("design %d", design).isTrue();
            assertThat(rim.outline()).isEqualTo(CoinLocator.forTwoEuroCoins().locate(flat));
        }
    }

    @Test
    void cutsATiltedCoinOutAsTheFlatOneWouldBe() {
        RgbImage flat = DESIGNS.photo(7, SHOT, WIDTH, HEIGHT);
        RgbImage tilted = new TiltedCamera(45, 100, Double.POSITIVE_INFINITY).view(flat, COIN);
        int size = 160;
        RgbImage flatCut = TiltedCoinLocator.cutOut(flat, CoinEllipse.circle(COIN), size, 128);

        CoinEllipse rim = LOCATOR.locate(tilted);
        RgbImage rectified = TiltedCoinLocator.cutOut(tilted, rim, size, 128);
        RgbImage asCircle = TiltedCoinLocator.cutOut(tilted, CoinEllipse.circle(CoinLocator.forTwoEuroCoins().locate(tilted)), size, 128);

        // the rectified disc has the ellipse's longer axis along x: turn the flat cut-out alike
        double rectifiedDifference = DiscDifference.mean(rectified, flatCut, rim.angle());
        double circleDifference = Math.min(DiscDifference.mean(asCircle, flatCut, 0), DiscDifference.mean(asCircle, flatCut, rim.angle()));
        assertThat(rectifiedDifference).isLessThan(15).isLessThan(0.65 * circleDifference);
    }

    @Test
    void cutsACircleOutExactlyAsCoinLocatorDoes() {
        RgbImage flat = DESIGNS.photo(2, SHOT, WIDTH, HEIGHT);

        assertThat(TiltedCoinLocator.cutOut(flat, CoinEllipse.circle(COIN), 120, 128))
                .isEqualTo(CoinLocator.cutOut(flat, COIN, 120, 0, 128));
    }

    /** The smaller angle between two undirected axes, in radians. */
    private static double angleBetween(double a, double b) {
        double d = Math.abs(a - b) % Math.PI;
        return Math.min(d, Math.PI - d);
    }
}
