package dev.coinid.image;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoFitterTest {

    @Test
    void stretchResizesTheWholePhotoAndCenterCropKeepsTheMiddle() {
        // left third red, middle third green, right third blue
        byte[] rgb = new byte[90 * 30 * 3];
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 90; x++) {
                rgb[3 * (y * 90 + x) + x / 30] = (byte) 255;
            }
        }
        RgbImage photo = RgbImage.of(90, 30, rgb);
        RgbImage stretched = PhotoFitter.stretch(12, 12).fit(photo);
        RgbImage cropped = PhotoFitter.centerCrop(12, 12).fit(photo);
        assertThat(stretched.width()).isEqualTo(12);
        assertThat(stretched.sample(0, 6, 0)).isEqualTo(255); // red still on the left
        assertThat(cropped.sample(0, 6, 1)).isEqualTo(255);   // only the green middle is left
        assertThat(cropped.sample(11, 6, 1)).isEqualTo(255);
    }

    @Test
    void coinCircleTurnsTheBackgroundOutsideTheCircleGreyAndKeepsTheCoin() {
        RgbImage photo = RgbImage.filled(64, 48, 20, 200, 60); // a green table, landscape

        RgbImage fitted = PhotoFitter.coinCircle(32, 32).fit(photo);

        assertThat(fitted.width()).isEqualTo(32);
        assertThat(fitted.height()).isEqualTo(32);
        assertThat(fitted.rgb(0, 0)).isEqualTo(0x808080);
        assertThat(fitted.rgb(31, 31)).isEqualTo(0x808080);
        assertThat(fitted.rgb(16, 16)).isEqualTo(0x14C83C);
        assertThat(fitted.rgb(16, 1)).isEqualTo(0x14C83C); // the circle touches the edges
    }

    @Test
    void coinPolarUnwrapsAnOffCentreCoinFromItsOwnCentreWithoutTheTable() {
        // a red coin of radius 70 at (110, 95) on a green table, a white dot at its centre
        RgbImage photo = coinOnTable(200, 190, 110, 95, 70);

        RgbImage fitted = PhotoFitter.coinPolar(64, 16).fit(photo);

        assertThat(fitted.width()).isEqualTo(64);
        assertThat(fitted.height()).isEqualTo(16);
        for (int k = 0; k < 64; k++) {
            assertThat(fitted.sample(k, 0, 1)).as("top row, column %d: the centre's white dot", k).isGreaterThan(200);
            assertThat(fitted.sample(k, 12, 0)).as("row 12, column %d: the red coin", k).isGreaterThan(180);
            assertThat(fitted.sample(k, 15, 1)).as("bottom row, column %d: no green table", k).isLessThan(140);
        }
    }

    /**
     * The pixels each fit gave when the work was done by coin-model's {@code Preprocessing.fitImage}
     * (checked byte for byte against it when the code moved here): moving it changed nothing, and a
     * change to any fit, however small, shows here. The large photo takes the polar fit's shrink.
     */
    @Test
    void eachFitGivesThePixelsItGaveBeforeItMovedHere() {
        assertFits(200, 150, "f5edc3f62debb5debcaa6c6ea5a905cebeb2d67622bc88d1a94d7f2873a62328",
                "c73fdfe4214961a7d0b364381ef73b6855a609572f8eefc000d3ad9c7d8d4ca5",
                "5401102ccc7d25f9ead30dbeb4736bc22dc6c0eaeedcf93a46ec13c11e8970d1",
                "c63892782b3605bd7c31a0e47f78e419da3a4a60bc2ce8f654c3f9a8f542faab");
        assertFits(700, 525, "81c1c1872e5cfecd575e9c0a5cea1c6fef1d8a03327d1915f2cebd6b24c71e93",
                "6e47e504c46405f6d6753018061bb2bc15662797698c40aa5828082dbb53450b",
                "1cf9a4f86b8f9a0be3014e448077bfac10f3d07090721db174f0b79d2b6fa472",
                "f5b54bce5e49523c951d9776231b2b20d48f864f0889fcf0e404dd7ce190f4e8");
    }

    @Test
    void thePolarFitNeedsTwiceItsAnglesAndTheOthersTheirLargerSide() {
        assertThat(PhotoFitter.coinPolar(128, 32).neededShorterSide()).isEqualTo(256);
        assertThat(PhotoFitter.stretch(128, 64).neededShorterSide()).isEqualTo(128);
        assertThat(PhotoFitter.centerCrop(32, 96).neededShorterSide()).isEqualTo(96);
        assertThat(PhotoFitter.coinCircle(64, 64).neededShorterSide()).isEqualTo(64);
    }

    @Test
    void fittersOfTheSameWayAndSizeAreEqual() {
        assertThat(PhotoFitter.coinPolar(128, 32)).isEqualTo(PhotoFitter.coinPolar(128, 32))
                .hasSameHashCodeAs(PhotoFitter.coinPolar(128, 32))
                .isNotEqualTo(PhotoFitter.stretch(128, 32));
    }

    private static void assertFits(int w, int h, String stretch, String crop, String circle, String polar) {
        RgbImage photo = texturedCoin(w, h);
        BiFunction<PhotoFitter, String, Void> check = (fitter, sha) -> {
            assertThat(sha256(fitter.fit(photo))).as("%s of a %dx%d photo", fitter, w, h).isEqualTo(sha);
            return null;
        };
        check.apply(PhotoFitter.stretch(48, 24), stretch);
        check.apply(PhotoFitter.centerCrop(48, 24), crop);
        check.apply(PhotoFitter.coinCircle(48, 24), circle);
        check.apply(PhotoFitter.coinPolar(48, 24), polar);
    }

    /** A noisy, ringed coin slightly off centre on a noisy green table: every fit has work to do. */
    private static RgbImage texturedCoin(int w, int h) {
        SplittableRandom random = new SplittableRandom(42);
        double cx = w * 0.52;
        double cy = h * 0.48;
        double r = h * 0.4;
        byte[] rgb = new byte[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                int noise = random.nextInt(40);
                int i = 3 * (y * w + x);
                if (d <= r) {
                    int ring = (int) (d / r * 6) % 2 == 0 ? 60 : 0;
                    rgb[i] = (byte) (170 + ring / 2 + noise / 2);
                    rgb[i + 1] = (byte) (140 + ring / 3 + noise / 2);
                    rgb[i + 2] = (byte) (60 + (x * 7 + y * 3) % 50);
                } else {
                    rgb[i] = (byte) (20 + noise);
                    rgb[i + 1] = (byte) (150 + noise);
                    rgb[i + 2] = (byte) (70 + noise);
                }
            }
        }
        return RgbImage.of(w, h, rgb);
    }

    private static RgbImage coinOnTable(int w, int h, int cx, int cy, int r) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
                int i = 3 * (y * w + x);
                int[] colour = d <= 12 ? new int[] {255, 255, 255} : d <= r ? new int[] {220, 40, 30} : new int[] {20, 170, 60};
                for (int c = 0; c < 3; c++) {
                    rgb[i + c] = (byte) colour[c];
                }
            }
        }
        return RgbImage.of(w, h, rgb);
    }

    private static String sha256(RgbImage image) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.toRgbBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
