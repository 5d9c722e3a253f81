package dev.coinid.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinid.image.RgbImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSceneTest {

    private static final CoinPicture COIN = CoinPicture.cropped("2e",
            SyntheticDesigns.withSeed(1).catalogPicture(0, 200), CoinPicture.TWO_EURO_MM);

    @Test
    void theSameSettingsGiveTheSamePhotoAndAnotherSeedAnother() {
        RgbImage first = TableScene.builder(300, 200).seed(4).place(COIN, 100, 100, 50, 30).build().photo();
        RgbImage again = TableScene.builder(300, 200).seed(4).place(COIN, 100, 100, 50, 30).build().photo();
        RgbImage other = TableScene.builder(300, 200).seed(5).place(COIN, 100, 100, 50, 30).build().photo();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aTiltedTableShowsEachCoinAsAnEllipseWhereItWasPlaced() {
        TableScene scene = TableScene.builder(400, 300).tilt(40, 0).place(COIN, 120, 100, 50, 0).build();
        PlacedCoin coin = scene.coins().get(0);
        assertThat(coin.rim().centerX()).isCloseTo(120, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(coin.rim().centerY()).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(coin.rim().semiMajor()).isEqualTo(50);
        assertThat(coin.rim().axisRatio()).isCloseTo(Math.cos(Math.toRadians(40)), org.assertj.core.data.Offset.offset(1e-9));
        // the axis runs along x: the coin is squeezed along y
        assertThat(Math.abs(Math.cos(coin.rim().angle()))).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void scatteredCoinsNeverCoverEachOtherAndKeepTheirSizesAgainstEachOther() {
        CoinPicture cent = COIN.recoloured("1c", 0xB87333, 16.25);
        TableScene scene = TableScene.builder(600, 400).seed(8).scatter(List.of(COIN, cent, COIN, cent, COIN), 0.25).build();
        List<PlacedCoin> coins = scene.coins();
        assertThat(coins).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < coins.size(); i++) {
            for (int j = i + 1; j < coins.size(); j++) {
                double distance = Math.hypot(coins.get(i).rim().centerX() - coins.get(j).rim().centerX(),
                        coins.get(i).rim().centerY() - coins.get(j).rim().centerY());
                assertThat(distance).isGreaterThanOrEqualTo(coins.get(i).rim().semiMajor() + coins.get(j).rim().semiMajor() - 1e-6);
            }
        }
        double twoEuro = coins.stream().filter(c -> c.label().equals("2e")).findFirst().orElseThrow().rim().semiMajor();
        assertThat(twoEuro).isCloseTo(0.25 * 400 / 2, org.assertj.core.data.Offset.offset(1e-9));
        coins.stream().filter(c -> c.label().equals("1c")).forEach(c ->
                assertThat(c.rim().semiMajor() / twoEuro).isCloseTo(16.25 / 25.75, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void aTooSmallSceneOrTiltIsRefused() {
        assertThatThrownBy(() -> TableScene.builder(8, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableScene.builder(100, 100).tilt(75, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
