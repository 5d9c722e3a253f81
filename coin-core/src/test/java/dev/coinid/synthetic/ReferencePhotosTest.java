package dev.coinid.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import org.junit.jupiter.api.Test;

class ReferencePhotosTest {

    /** A catalog picture: a made-up design alone on white, as the bundled references are. */
    private static final RgbImage CATALOG_PICTURE = SyntheticDesigns.withSeed(5).catalogPicture(2, 320);
    private static final ReferencePhotos PHOTOS = ReferencePhotos.of(CATALOG_PICTURE);

    @Test
    void findsTheCoinInTheCatalogPicture() {
        // the catalog picture's coin is 96% of the square, centred
        assertThat(PHOTOS.coin().centerX()).isCloseTo(160, offset(3.0));
        assertThat(PHOTOS.coin().centerY()).isCloseTo(160, offset(3.0));
        assertThat(PHOTOS.coin().radius()).isCloseTo(0.96 * 160, offset(4.0));
    }

    @Test
    void aPhotoHasTheSizeAskedFor() {
        RgbImage photo = PHOTOS.photo(new Shot(30, 135, 0.5, 0.5, 0.5, 1, 3, 4), 400, 300);

        assertThat(photo.width()).isEqualTo(400);
        assertThat(photo.height()).isEqualTo(300);
    }

    @Test
    void theCoinLiesWhereTheShotPutsIt() {
        Shot shot = new Shot(70, 110, 0.55, 0.2, 0.8, 0.8, 3, 12);
        CoinOutline expected = shot.coinIn(480, 360);

        CoinOutline found = CoinLocator.forTwoEuroCoins().locate(PHOTOS.photo(shot, 480, 360));

        assertThat(found.centerX()).isCloseTo(expected.centerX(), offset(4.0));
        assertThat(found.centerY()).isCloseTo(expected.centerY(), offset(4.0));
        assertThat(found.radius()).isCloseTo(expected.radius(), offset(4.0));
        assertThat(expected.centerX()).as("off-centre, as the shot asks").isLessThan(200);
    }

    @Test
    void aTurnOfNinetyDegreesTurnsTheCoinCounterClockwise() {
        // light that turns with the coin, so that only the turn differs
        Shot upright = new Shot(0, 135, 0.9, 0.5, 0.5, 0, 0, 3);
        Shot turned = new Shot(90, 225, 0.9, 0.5, 0.5, 0, 0, 3);
        RgbImage uprightPhoto = PHOTOS.photo(upright, 200, 200);
        RgbImage turnedPhoto = PHOTOS.photo(turned, 200, 200);

        RgbImage uprightTurnedAfterwards = turnedCounterClockwise(uprightPhoto);

        double radius = 0.85 * upright.coinIn(200, 200).radius();
        assertThat(meanDifferenceInside(turnedPhoto, uprightTurnedAfterwards, radius)).isLessThan(3);
        assertThat(meanDifferenceInside(turnedPhoto, uprightPhoto, radius)).isGreaterThan(15);
    }

    @Test
    void theLightMovesTheShadingButNotTheCoin() {
        Shot fromTopLeft = new Shot(0, 135, 0.8, 0.5, 0.5, 0, 0, 3);
        RgbImage topLeft = PHOTOS.photo(fromTopLeft, 200, 200);
        RgbImage bottomRight = PHOTOS.photo(fromTopLeft.litFrom(315), 200, 200);

        double radius = 0.9 * fromTopLeft.coinIn(200, 200).radius();
        assertThat(meanDifferenceInside(topLeft, bottomRight, radius)).isGreaterThan(2);
        assertThat(topLeft.rgb(3, 3)).as("the table, outside the coin").isEqualTo(bottomRight.rgb(3, 3));
    }

    @Test
    void theCoinLiesOnATableNotOnWhite() {
        Shot shot = new Shot(0, 135, 0.4, 0.5, 0.5, 0, 0, 21);
        RgbImage photo = PHOTOS.photo(shot, 300, 200);

        for (int[] corner : new int[][]{{2, 2}, {297, 2}, {2, 197}, {297, 197}}) {
            int brightest = Math.max(photo.sample(corner[0], corner[1], 0),
                    Math.max(photo.sample(corner[0], corner[1], 1), photo.sample(corner[0], corner[1], 2)));
            assertThat(brightest).as("corner %s,%s", corner[0], corner[1]).isLessThan(235);
        }
    }

    @Test
    void oneShotAlwaysGivesTheSamePhotoAndAnotherTableAnother() {
        Shot shot = new Shot(15, 120, 0.6, 0.4, 0.6, 1.0, 4, 8);

        assertThat(PHOTOS.photo(shot, 160, 120)).isEqualTo(ReferencePhotos.of(CATALOG_PICTURE).photo(shot, 160, 120));
        Shot otherTable = new Shot(15, 120, 0.6, 0.4, 0.6, 1.0, 4, 9);
        assertThat(PHOTOS.photo(otherTable, 160, 120)).isNotEqualTo(PHOTOS.photo(shot, 160, 120));
    }

    @Test
    void blurAndNoiseChangeThePhoto() {
        Shot sharp = new Shot(0, 135, 0.6, 0.5, 0.5, 0, 0, 8);
        Shot blurred = new Shot(0, 135, 0.6, 0.5, 0.5, 1.5, 0, 8);
        Shot noisy = new Shot(0, 135, 0.6, 0.5, 0.5, 0, 6, 8);

        RgbImage photo = PHOTOS.photo(sharp, 160, 160);
        assertThat(PHOTOS.photo(blurred, 160, 160)).isNotEqualTo(photo);
        assertThat(PHOTOS.photo(noisy, 160, 160)).isNotEqualTo(photo);
        assertThat(meanDifferenceInside(PHOTOS.photo(noisy, 160, 160), photo, 100)).isBetween(2.0, 8.0);
    }

    /** {@code image} (square) turned by 90 degrees counter-clockwise about its centre, as it appears on screen. */
    private static RgbImage turnedCounterClockwise(RgbImage image) {
        int size = image.width();
        byte[] rgb = new byte[3 * size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                for (int ch = 0; ch < 3; ch++) {
                    rgb[3 * (y * size + x) + ch] = (byte) image.sample(size - 1 - y, x, ch);
                }
            }
        }
        return RgbImage.of(size, size, rgb);
    }

    /** The mean absolute difference of two same-sized images over the channels of the pixels within {@code radius} of the centre. */
    private static double meanDifferenceInside(RgbImage a, RgbImage b, double radius) {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                if (Math.hypot(x + 0.5 - a.width() / 2.0, y + 0.5 - a.height() / 2.0) > radius) {
                    continue;
                }
                for (int ch = 0; ch < 3; ch++) {
                    sum += Math.abs(a.sample(x, y, ch) - b.sample(x, y, ch));
                    count++;
                }
            }
        }
        return sum / count;
    }
}
