package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class CoinLocatorTest {

    private static final CoinLocator LOCATOR = CoinLocator.forCroppedCoins();

    @Test
    void findsAnOffCentreDiscOnAPlainBackground() {
        RgbImage picture = disc(200, 200, 110, 92, 75, new int[] {180, 110, 60}, new int[] {40, 140, 120});

        CoinOutline outline = LOCATOR.locate(picture);

        // the search runs at 96 px, so one step there is about 2 px here
        assertThat(outline.centerX()).isCloseTo(110, offset(3.0));
        assertThat(outline.centerY()).isCloseTo(92, offset(3.0));
        assertThat(outline.radius()).isCloseTo(75, offset(3.0));
    }

    @Test
    void findsARimThatDiffersFromTheBackgroundInColourOnly() {
        // same luminance inside and out: a grey-level edge detector would see nothing
        RgbImage picture = disc(120, 120, 60, 60, 45, new int[] {150, 100, 100}, new int[] {100, 125, 125});

        CoinOutline outline = LOCATOR.locate(picture);

        assertThat(outline.radius()).isCloseTo(45, offset(2.0));
    }

    @Test
    void findsTheOuterRimOfABimetallicCoinNotItsInnerRing() {
        RgbImage picture = disc(160, 160, 80, 80, 70, new int[] {200, 170, 60}, new int[] {30, 90, 80});
        RgbImage withCore = paintDisc(picture, 80, 80, 34, new int[] {170, 170, 175});

        CoinOutline outline = LOCATOR.locate(withCore);

        assertThat(outline.radius()).isCloseTo(70, offset(2.5));
    }

    @Test
    void forTwoEuroCoinsFindsASmallCoinNearACornerOfAWidePhoto() {
        // a coin a quarter of the shorter side wide, far from the middle: silver ring, gold core
        RgbImage picture = disc(400, 300, 330, 230, 38, new int[] {190, 190, 195}, new int[] {30, 90, 80});
        RgbImage coin = paintDisc(picture, 330, 230, 28, new int[] {210, 170, 60});

        CoinOutline outline = CoinLocator.forTwoEuroCoins().locate(coin);

        assertThat(outline.centerX()).isCloseTo(330, offset(5.0));
        assertThat(outline.centerY()).isCloseTo(230, offset(5.0));
        assertThat(outline.radius()).isCloseTo(38, offset(4.0));
    }

    @Test
    void forTwoEuroCoinsFindsACoinThatFillsTheShorterSide() {
        RgbImage picture = disc(300, 200, 150, 100, 98, new int[] {190, 190, 195}, new int[] {30, 90, 80});
        RgbImage coin = paintDisc(picture, 150, 100, 71, new int[] {210, 170, 60});

        assertThat(CoinLocator.forTwoEuroCoins().locate(coin).radius()).isCloseTo(98, offset(4.0));
    }

    @Test
    void forTwoEuroCoinsFindsARingLostAgainstWhiteByItsCore() {
        // a silver ring barely darker than the white page, a gold core, and a strong round motif inside the core
        RgbImage page = disc(300, 300, 150, 150, 140, new int[] {235, 235, 238}, new int[] {250, 250, 250});
        RgbImage core = paintDisc(page, 150, 150, 102, new int[] {200, 160, 70});
        RgbImage withMotif = paintDisc(core, 140, 150, 40, new int[] {60, 40, 20});

        CoinOutline outline = CoinLocator.forTwoEuroCoins().locate(withMotif);

        assertThat(outline.centerX()).isCloseTo(150, offset(3.0));
        assertThat(outline.radius()).isCloseTo(140, offset(4.0));
    }

    @Test
    void aBlankPictureGivesTheInscribedCircle() {
        CoinOutline outline = LOCATOR.locate(RgbImage.filled(80, 60, 90, 90, 90));

        assertThat(outline).isEqualTo(CoinOutline.inscribed(80, 60));
    }

    @Test
    void cutOutCentresTheCoinAndPaintsOutsideTheRimWithTheFill() {
        RgbImage picture = disc(200, 150, 70, 80, 50, new int[] {200, 100, 50}, new int[] {0, 200, 0});

        RgbImage cut = CoinLocator.cutOut(picture, new CoinOutline(70, 80, 50), 64, 0.1, 128);

        assertThat(cut.width()).isEqualTo(64);
        assertThat(cut.height()).isEqualTo(64);
        assertThat(cut.rgb(32, 32)).isEqualTo(0xC86432);
        assertThat(cut.rgb(0, 0)).isEqualTo(0x808080);
        // just inside the rim on the left: the coin, never the green background
        assertThat(cut.sample(5, 32, 1)).isBetween(95, 105);
    }

    @Test
    void cutOutPaintsWhatLiesBeyondThePictureWithTheFill() {
        RgbImage picture = RgbImage.filled(50, 50, 255, 255, 255);

        RgbImage cut = CoinLocator.cutOut(picture, new CoinOutline(0, 25, 25), 20, 0, 0);

        assertThat(cut.rgb(2, 10)).isZero(); // left half of the circle lies beyond the picture
        assertThat(cut.rgb(17, 10)).isEqualTo(0xFFFFFF);
    }

    @Test
    void cutOutRejectsANonPositiveSize() {
        assertThatThrownBy(() -> CoinLocator.cutOut(RgbImage.filled(8, 8, 0, 0, 0), CoinOutline.inscribed(8, 8), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
    }

    @Test
    void anOutlineScalesWithItsPicture() {
        assertThat(new CoinOutline(10, 20, 5).scaled(2)).isEqualTo(new CoinOutline(20, 40, 10));
        assertThatThrownBy(() -> new CoinOutline(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RgbImage disc(int w, int h, double cx, double cy, double r, int[] coin, int[] background) {
        return paintDisc(RgbImage.filled(w, h, background[0], background[1], background[2]), cx, cy, r, coin);
    }

    private static RgbImage paintDisc(RgbImage picture, double cx, double cy, double r, int[] colour) {
        byte[] rgb = picture.toRgbBytes();
        CoinOutline disc = new CoinOutline(cx, cy, r);
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                if (disc.contains(x + 0.5, y + 0.5)) {
                    int i = 3 * (y * picture.width() + x);
                    for (int c = 0; c < 3; c++) {
                        rgb[i + c] = (byte) colour[c];
                    }
                }
            }
        }
        return RgbImage.of(picture.width(), picture.height(), rgb);
    }
}
