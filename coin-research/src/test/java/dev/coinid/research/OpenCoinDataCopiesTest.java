package dev.coinid.research;

import dev.coinid.image.ImageResizer;
import dev.coinid.image.RgbImage;
import dev.coinid.references.BundledReferences;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenCoinDataCopiesTest {

    private static final String GREECE_2004 = "gr-2004-olympic-games-in-athens-2004";
    private static final String VATICAN_2006 = "va-2006-5th-centenary-of-the-swiss-pontifical-guard";

    @Test
    void aBundledPictureShrunkTurnedAndDarkenedIsACopy() {
        RgbImage picture = BundledReferences.picture(GREECE_2004);
        RgbImage reprocessed = darkened(quarterTurn(ImageResizer.resize(picture, 250, 250)), 0.8);

        assertThat(OpenCoinDataCopies.correlation(reprocessed, picture))
                .isGreaterThan(OpenCoinDataCopies.COPY_CORRELATION);
    }

    @Test
    void anotherDesignIsFarFromACopy() {
        assertThat(OpenCoinDataCopies.correlation(BundledReferences.picture(VATICAN_2006),
                BundledReferences.picture(GREECE_2004))).isLessThan(0.5);
    }

    /** The picture turned a quarter clockwise. */
    private static RgbImage quarterTurn(RgbImage image) {
        int w = image.width();
        int h = image.height();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int o = 3 * (x * h + (h - 1 - y));
                for (int c = 0; c < 3; c++) {
                    rgb[o + c] = (byte) image.sample(x, y, c);
                }
            }
        }
        return RgbImage.of(h, w, rgb);
    }

    private static RgbImage darkened(RgbImage image, double factor) {
        byte[] rgb = image.toRgbBytes();
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) Math.round((rgb[i] & 0xff) * factor);
        }
        return RgbImage.of(image.width(), image.height(), rgb);
    }
}
