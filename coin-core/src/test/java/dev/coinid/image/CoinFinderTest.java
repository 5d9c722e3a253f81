package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.synthetic.CoinPicture;
import dev.coinid.synthetic.PlacedCoin;
import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.synthetic.TableScene;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoinFinderTest {

    private static final SyntheticDesigns DESIGNS = SyntheticDesigns.withSeed(11);
    private static final CoinFinder FINDER = CoinFinder.defaults();

    private static CoinPicture twoEuro(int design) {
        return CoinPicture.cropped("2e-" + design, DESIGNS.catalogPicture(design, 320), CoinPicture.TWO_EURO_MM);
    }

    /** The found coin whose centre lies within 5% of the placed coin's radius, or null. */
    private static FoundCoin matchOf(PlacedCoin placed, List<FoundCoin> found) {
        return found.stream().filter(f -> Math.hypot(f.centerX() - placed.rim().centerX(), f.centerY() - placed.rim().centerY())
                <= 0.05 * placed.rim().semiMajor()).findFirst().orElse(null);
    }

    @Test
    void touchingCoinsAndOneCutByTheEdgeAreEachFoundOnceWithTheirCentreAndSize() {
        CoinPicture two = twoEuro(0);
        CoinPicture cent = twoEuro(1).recoloured("copper", 0xB87333, 18.75);
        CoinPicture gold = twoEuro(2).recoloured("gold", 0xD4AF37, 22.25);
        TableScene scene = TableScene.builder(800, 600).seed(3)
                .place(two, 250, 300, 90, 20)
                .place(cent, 250 + 90 + 66, 300, 66, 140)        // touching the 2-euro coin on its right
                .place(gold, 250, 300 - 90 - 78, 78, 250)        // touching it from above
                .place(twoEuro(3), 770, 450, 90, 0)              // a third of it beyond the right edge
                .build();

        List<FoundCoin> found = FINDER.find(scene.photo());

        assertThat(found).hasSize(4);
        for (PlacedCoin placed : scene.coins()) {
            FoundCoin match = matchOf(placed, found);
            assertThat(match).as(placed.label()).isNotNull();
            assertThat(match.radius()).as(placed.label()).isCloseTo(placed.rim().semiMajor(),
                    org.assertj.core.data.Percentage.withPercentage(6));
            assertThat(match.partial()).as(placed.label()).isEqualTo(placed.partial());
        }
        assertThat(scene.coins().get(3).partial()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}, centres {1} of a radius inside the frame")
    @CsvSource({"5, 0.1", "3, 0.3"})
    void coinsCutByTheFrameAreFoundWhereTheyLieFromLittleMoreThanHalfOfTheirRim(int seed, double inset) {
        // a short arc, which a free ellipse may fit badly
        TableScene scene = TableScene.builder(800, 600).seed(seed)
                .place(twoEuro(seed % 6), 800 - inset * 90, 200, 90, 30 * seed)
                .place(twoEuro((seed + 1) % 6), 400, 600 - inset * 90, 90, 200)
                .place(twoEuro((seed + 2) % 6), inset * 80, 420, 80, 100)
                .build();

        List<FoundCoin> found = FINDER.find(scene.photo());

        for (PlacedCoin placed : scene.coins()) {
            FoundCoin match = matchOf(placed, found);
            assertThat(match).as(placed.label()).isNotNull();
            assertThat(match.partial()).as(placed.label()).isTrue();
        }
    }

    @Test
    void aCoinInACornerIsFoundFromAThirdOfItsRim() {
        // its centre 0.3 of its radius inside both edges: 35% of its rim in the frame
        TableScene scene = TableScene.builder(800, 600).seed(4)
                .place(twoEuro(2), 0.3 * 90, 0.3 * 90, 90, 70)
                .place(twoEuro(4), 800 - 0.3 * 80, 600 - 0.3 * 80, 80, 10)
                .place(twoEuro(1), 300, 300, 85, 0)
                .place(twoEuro(3), 520, 260, 85, 40)
                .place(twoEuro(5), 420, 460, 85, 200)
                .build();

        List<FoundCoin> found = FINDER.find(scene.photo());

        assertThat(found).hasSize(5);
        for (PlacedCoin placed : scene.coins()) {
            // a third of a rim places its centre less surely: within a quarter of its radius
            FoundCoin match = found.stream().filter(f -> Math.hypot(f.centerX() - placed.rim().centerX(),
                    f.centerY() - placed.rim().centerY()) <= 0.25 * placed.rim().semiMajor()).findFirst().orElse(null);
            assertThat(match).as(placed.label()).isNotNull();
            assertThat(match.partial()).as(placed.label()).isEqualTo(placed.partial());
        }
    }

    @Test
    void coinsOnATiltedTableAreFoundAsEllipsesOfTheTiltsShape() {
        TableScene.Builder builder = TableScene.builder(900, 700).seed(5).tilt(35, 20);
        for (int i = 0; i < 4; i++) {
            builder.place(twoEuro(i), 180 + 180 * i, 200 + 100 * (i % 2), 70, 60 * i);
        }
        builder.place(twoEuro(4).recoloured("copper", 0xB87333, 18.75), 300, 520, 52, 10);
        TableScene scene = builder.build();

        List<FoundCoin> found = FINDER.find(scene.photo());

        assertThat(found).hasSize(5);
        for (PlacedCoin placed : scene.coins()) {
            FoundCoin match = matchOf(placed, found);
            assertThat(match).as(placed.label()).isNotNull();
            assertThat(match.rim().axisRatio()).isCloseTo(Math.cos(Math.toRadians(35)), org.assertj.core.data.Offset.offset(0.05));
            assertThat(match.rim().semiMajor()).isCloseTo(placed.rim().semiMajor(), org.assertj.core.data.Percentage.withPercentage(6));
        }
    }

    @Test
    void aTableWithNoCoinHasNone() {
        assertThat(FINDER.find(TableScene.builder(640, 480).seed(9).build().photo())).isEmpty();
        assertThat(FINDER.find(RgbImage.filled(300, 200, 90, 120, 60))).isEmpty();
    }

    @Test
    void aSmallPhotoIsSearchedAsItIs() {
        TableScene scene = TableScene.builder(200, 150).seed(2).place(twoEuro(5), 100, 75, 40, 0).build();
        List<FoundCoin> found = FINDER.find(scene.photo());
        assertThat(found).hasSize(1);
        assertThat(matchOf(scene.coins().get(0), found)).isNotNull();
    }

    @Test
    void coinsAreListedInReadingOrderRowByRow() {
        List<FoundCoin> coins = new ArrayList<>();
        // row 1 (centres 100..115, radius 40), row 2 (centres 300..310), given shuffled
        double[][] places = {{500, 310}, {100, 115}, {300, 100}, {120, 300}, {700, 108}};
        for (double[] place : places) {
            coins.add(new FoundCoin(CoinEllipse.circle(new CoinOutline(place[0], place[1], 40)), false, 1));
        }
        List<FoundCoin> ordered = CoinFinder.readingOrder(coins);
        assertThat(ordered).extracting(FoundCoin::centerX).containsExactly(100.0, 300.0, 700.0, 120.0, 500.0);
    }

    @Test
    @Tag("slow")
    void scatteredScenesHaveNearlyEveryCoinFoundAndNothingElse() {
        List<CoinPicture> pool = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            pool.add(twoEuro(d));
            pool.add(twoEuro(d).recoloured("copper", 0xB87333, 16.25 + d % 3 * 2.5));
            pool.add(twoEuro(d).recoloured("gold", 0xD4AF37, 19.75 + d % 3 * 2.25));
        }
        int placed = 0;
        int foundRight = 0;
        int extra = 0;
        for (int s = 0; s < 12; s++) {
            SplittableRandom random = new SplittableRandom(s);
            List<CoinPicture> coins = new ArrayList<>();
            for (int i = 0; i < 4 + random.nextInt(8); i++) {
                coins.add(pool.get(random.nextInt(pool.size())));
            }
            TableScene scene = TableScene.builder(800, 600).seed(s).tilt(random.nextBoolean() ? 0 : 25, random.nextDouble(180))
                    .scatter(coins, random.nextDouble(0.12, 0.3)).build();
            List<FoundCoin> found = FINDER.find(scene.photo());
            int right = (int) scene.coins().stream().filter(p -> matchOf(p, found) != null).count();
            placed += scene.coins().size();
            foundRight += right;
            extra += found.size() - right;
        }
        assertThat((double) foundRight / placed).isGreaterThanOrEqualTo(0.93);
        assertThat(extra).isLessThanOrEqualTo(placed / 20);
    }
}
