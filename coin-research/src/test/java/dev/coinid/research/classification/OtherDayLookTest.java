package dev.coinid.research.classification;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Another day's look: the table's hue turns, the coin's does not; the light changes both; one look per photograph. */
class OtherDayLookTest {

    /** A copper-coloured coin, its rim drawn dark, in the middle of a green table. */
    private static final RgbImage COIN_ON_GREEN = coinOnGreen();

    @Test
    void theTableTurnsHueAndTheCoinKeepsItsColours() {
        OtherDayLook.Look hueOnly = new OtherDayLook.Look(180, 1, 1, 1, 1, 0, 0, 0);
        RgbImage changed = OtherDayLook.apply(COIN_ON_GREEN, hueOnly);

        int table = changed.rgb(5, 5);
        assertThat(red(table)).as("green turned half round is magenta").isGreaterThan(green(table) + 40);
        assertThat(blue(table)).isGreaterThan(green(table) + 40);
        assertThat(changed.rgb(100, 100)).as("the coin's centre").isEqualTo(COIN_ON_GREEN.rgb(100, 100));
        assertThat(changed.rgb(128, 80)).isEqualTo(COIN_ON_GREEN.rgb(128, 80));
    }

    @Test
    void theLightChangesCoinAndTableAlike() {
        OtherDayLook.Look darkWarm = new OtherDayLook.Look(0, 1.2, 1, 0.8, 0.5, 0, 0, 0);
        RgbImage changed = OtherDayLook.apply(COIN_ON_GREEN, darkWarm);

        int before = COIN_ON_GREEN.rgb(100, 100);
        int after = changed.rgb(100, 100);
        assertThat(red(after)).isCloseTo((int) Math.round(red(before) * 0.6), within(1));
        assertThat(blue(after)).isCloseTo((int) Math.round(blue(before) * 0.4), within(1));
        assertThat(green(changed.rgb(5, 5))).isCloseTo((int) Math.round(green(COIN_ON_GREEN.rgb(5, 5)) * 0.5), within(1));
    }

    @Test
    void aShadowDarkensOneSideOnly() {
        // the edge's normal points right (angle 0), crossing at the centre: the right half is in shadow
        OtherDayLook.Look shadow = new OtherDayLook.Look(0, 1, 1, 1, 1, 0, 0, 0.5);
        RgbImage changed = OtherDayLook.apply(COIN_ON_GREEN, shadow);

        assertThat(green(changed.rgb(3, 100))).isCloseTo(green(COIN_ON_GREEN.rgb(3, 100)), within(2));
        assertThat(green(changed.rgb(252, 100))).isCloseTo(green(COIN_ON_GREEN.rgb(252, 100)) / 2, within(2));
    }

    @Test
    void theCoinsOfOnePhotographShareALookAndTheSeedDecidesIt() {
        OtherDayLook looks = new OtherDayLook(42);
        assertThat(looks.lookOf("IMG_20190707_010415_0.jpg")).isEqualTo(looks.lookOf("IMG_20190707_010415_7.jpg"))
                .isNotEqualTo(looks.lookOf("IMG_20190707_010417_0.jpg"))
                .isNotEqualTo(new OtherDayLook(7).lookOf("IMG_20190707_010415_0.jpg"))
                .isEqualTo(new OtherDayLook(42).lookOf("IMG_20190707_010415_0.jpg"));
        for (int k = 0; k < 50; k++) {
            OtherDayLook.Look look = new OtherDayLook(k).lookOf("IMG_20190707_0104" + (10 + k) + "_0.jpg");
            assertThat(look.hueTurn()).isBetween(60.0, 300.0);
            assertThat(look.brightness()).isBetween(0.4, 1.1);
            assertThat(look.shadowDepth()).isBetween(0.25, 0.6);
            assertThat(look.redGain() * look.blueGain()).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void aDatasetKeepsItsNamesLabelsAndGroupsAndChangesItsPictures() {
        ImageDataset photos = ImageDataset.of(List.of(
                new LabelledImage(ImageSource.memory("IMG_20190707_010415_0.jpg", COIN_ON_GREEN), "1c", "a")));
        ImageDataset changed = new OtherDayLook(1).applyTo(photos);

        LabelledImage image = changed.get(0);
        assertThat(image.source().name()).isEqualTo("IMG_20190707_010415_0.jpg");
        assertThat(image.label()).isEqualTo("1c");
        assertThat(image.group()).isEqualTo("a");
        assertThat(image.source().load()).isEqualTo(OtherDayLook.apply(COIN_ON_GREEN,
                new OtherDayLook(1).lookOf("IMG_20190707_010415_0.jpg"))).isNotEqualTo(COIN_ON_GREEN);
    }

    private static RgbImage coinOnGreen() {
        int size = 256;
        byte[] rgb = new byte[3 * size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double r = Math.hypot(x + 0.5 - 128, y + 0.5 - 128);
                int[] colour = r < 100 ? new int[] {190, 110, 70} : r < 106 ? new int[] {60, 40, 30} : new int[] {40, 150, 90};
                for (int c = 0; c < 3; c++) {
                    rgb[3 * (y * size + x) + c] = (byte) colour[c];
                }
            }
        }
        return RgbImage.of(size, size, rgb);
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int green(int rgb) {
        return (rgb >> 8) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
