package dev.coinid.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SyntheticDesignsTest {

    private final SyntheticDesigns designs = SyntheticDesigns.withSeed(11);

    @Test
    void theSameSeedDrawsTheSamePictures() {
        assertThat(SyntheticDesigns.withSeed(11).catalogPicture(3, 96)).isEqualTo(designs.catalogPicture(3, 96));
        assertThat(designs.catalogPicture(3, 96)).isNotEqualTo(designs.catalogPicture(4, 96));
    }

    @Test
    void aCatalogPictureIsTheCoinOnWhite() {
        RgbImage picture = designs.catalogPicture(0, 128);

        assertThat(picture.rgb(1, 1)).isEqualTo(0xFFFFFF);
        assertThat(picture.rgb(64, 64)).isNotEqualTo(0xFFFFFF);
    }

    @Test
    void lightFromAnotherSideChangesThePixelsButNotWhereTheCoinIs() {
        SyntheticDesigns.Shot shot = new SyntheticDesigns.Shot(0, 0, 0.6, 0.3, 0.7, 0, 0, 5);
        RgbImage fromRight = designs.photo(2, shot, 200, 160);
        RgbImage fromLeft = designs.photo(2, shot.litFrom(180), 200, 160);

        assertThat(fromLeft).isNotEqualTo(fromRight);
        CoinOutline a = CoinLocator.forTwoEuroCoins().locate(fromRight);
        CoinOutline b = CoinLocator.forTwoEuroCoins().locate(fromLeft);
        assertThat(a.radius()).isCloseTo(b.radius(), offset(4.0));
        assertThat(a.centerX()).isCloseTo(b.centerX(), offset(4.0));
        assertThat(a.centerY()).isCloseTo(b.centerY(), offset(4.0));
    }

    @Test
    void aRandomShotKeepsTheCoinInsideTheFrame() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            SyntheticDesigns.Shot shot = SyntheticDesigns.Shot.random(random);
            assertThat(shot.coinFraction()).isBetween(0.3, 0.9);
            assertThat(shot.centreX()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aShotPutsTheCoinAtItsFractionOfTheShorterSideAndInsideTheFrame() {
        CoinOutline coin = new SyntheticDesigns.Shot(0, 0, 0.5, 1.0, 0.0, 0, 0, 1).coinIn(400, 300);

        assertThat(coin.radius()).isEqualTo(75.0);
        assertThat(coin.centerX()).isEqualTo(325.0);
        assertThat(coin.centerY()).isEqualTo(75.0);
    }
}
