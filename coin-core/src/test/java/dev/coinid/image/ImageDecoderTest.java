package dev.coinid.image;

import static dev.coinid.testing.TestPictures.meanAbsoluteDifference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.coinid.error.ImageTooLargeException;
import dev.coinid.testing.TestPictures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDecoderTest {

    private final ImageDecoder decoder = ImageDecoder.defaults();

    @Test
    void jpegWithExifOrientation6IsTurnedUprightClockwise() {
        // stored landscape, left half red and right half blue, as a phone held upright stores it
        BufferedImage stored = new BufferedImage(64, 32, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 32, 32);
        g.setColor(Color.BLUE);
        g.fillRect(32, 0, 32, 32);
        g.dispose();
        byte[] tagged = TestPictures.withExifOrientation(TestPictures.jpeg(stored), 6);

        RgbImage upright = decoder.decode(tagged, "phone.jpg");

        assertThat(upright.width()).isEqualTo(32);
        assertThat(upright.height()).isEqualTo(64);
        // turned clockwise, the left (red) half is on top and the blue half below
        assertRoughly(upright.rgb(16, 8), 0xFF0000);
        assertRoughly(upright.rgb(16, 56), 0x0000FF);
        RgbImage asStored = decoder.withExifOrientation(false).decode(tagged, "phone.jpg");
        assertThat(asStored.width()).isEqualTo(64);
        assertThat(asStored.height()).isEqualTo(32);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyExifOrientationTagIsReadAndApplied(int tag) {
        byte[] plain = TestPictures.jpeg(TestPictures.gradient(48, 24));
        RgbImage stored = decoder.decode(plain, "plain.jpg");

        RgbImage upright = decoder.decode(TestPictures.withExifOrientation(plain, tag), "tagged.jpg");

        assertThat(upright).isEqualTo(ExifOrientation.fromTag(tag).apply(stored));
    }

    @Test
    void baselineJpegDecodesCloseToTheOriginalPixels() {
        RgbImage original = TestPictures.gradient(64, 48);

        RgbImage decoded = decoder.decode(TestPictures.jpeg(original), "gradient.jpg");

        assertThat(decoded.width()).isEqualTo(64);
        assertThat(decoded.height()).isEqualTo(48);
        assertThat(meanAbsoluteDifference(decoded, original)).isLessThan(3.0);
    }

    @Test
    void progressiveJpegDecodesLikeItsBaselineTwin() {
        BufferedImage original = TestPictures.gradient(80, 60).toBufferedImage();

        RgbImage progressive = decoder.decode(TestPictures.jpeg(original, 0.95f, true), "progressive.jpg");
        RgbImage baseline = decoder.decode(TestPictures.jpeg(original, 0.95f, false), "baseline.jpg");

        assertThat(meanAbsoluteDifference(progressive, baseline)).isLessThan(1.5);
    }

    @Test
    void grayPngKeepsItsSampleValues() {
        BufferedImage gray = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
        int[] values = {0, 64, 128, 255};
        for (int x = 0; x < 4; x++) {
            gray.getRaster().setSample(x, 0, 0, values[x]);
        }

        RgbImage decoded = decoder.decode(TestPictures.encode(gray, "png"), "gray.png");

        for (int x = 0; x < 4; x++) {
            int v = values[x];
            assertThat(decoded.rgb(x, 0)).as("gray %d", v).isEqualTo(v << 16 | v << 8 | v);
        }
    }

    @Test
    void sixteenBitGrayPngIsScaledToEightBits() {
        BufferedImage gray16 = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
        gray16.getRaster().setSample(0, 0, 0, 0);
        gray16.getRaster().setSample(1, 0, 0, 128 * 257);
        gray16.getRaster().setSample(2, 0, 0, 65535);

        RgbImage decoded = decoder.decode(TestPictures.encode(gray16, "png"), "gray16.png");

        assertThat(decoded.rgb(0, 0)).isEqualTo(0x000000);
        assertThat(decoded.rgb(1, 0)).isEqualTo(0x808080);
        assertThat(decoded.rgb(2, 0)).isEqualTo(0xFFFFFF);
    }

    @Test
    void sixteenBitRgbPngIsScaledToEightBits() {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(2, 1);
        raster.setPixel(0, 0, new int[] {65535, 32896, 0});
        raster.setPixel(1, 0, new int[] {257 * 10, 257 * 20, 257 * 30});
        BufferedImage rgb16 = new BufferedImage(model, raster, false, null);

        RgbImage decoded = decoder.decode(TestPictures.encode(rgb16, "png"), "rgb16.png");

        assertThat(decoded.rgb(0, 0)).isEqualTo(0xFF8000);
        assertThat(decoded.rgb(1, 0)).isEqualTo(10 << 16 | 20 << 8 | 30);
    }

    @Test
    void palettePngGivesThePaletteColours() {
        byte[] r = {(byte) 200, 10, 0};
        byte[] g = {30, (byte) 220, 0};
        byte[] b = {60, 40, (byte) 255};
        IndexColorModel palette = new IndexColorModel(2, 3, r, g, b);
        BufferedImage indexed = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_BINARY, palette);
        for (int x = 0; x < 3; x++) {
            indexed.getRaster().setSample(x, 0, 0, x);
        }

        RgbImage decoded = decoder.decode(TestPictures.encode(indexed, "png"), "palette.png");

        assertThat(decoded.rgb(0, 0)).isEqualTo(0xC81E3C);
        assertThat(decoded.rgb(1, 0)).isEqualTo(0x0ADC28);
        assertThat(decoded.rgb(2, 0)).isEqualTo(0x0000FF);
    }

    @Test
    void transparentPngIsCompositedOnWhite() {
        BufferedImage argb = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x00123456);      // fully transparent: white
        argb.setRGB(1, 0, 0x80FF0000);      // half-transparent red: pink
        argb.setRGB(2, 0, 0xFF00FF00);      // opaque green

        RgbImage decoded = decoder.decode(TestPictures.encode(argb, "png"), "alpha.png");

        assertThat(decoded.rgb(0, 0)).isEqualTo(0xFFFFFF);
        assertRoughly(decoded.rgb(1, 0), 0xFF7F7F);
        assertThat(decoded.rgb(2, 0)).isEqualTo(0x00FF00);
    }

    @Test
    void cmykJpegWithoutProfileIsConvertedWithTheUsualFormula() throws IOException {
        // ImageIO writes a 4-band raster as an inverted (Adobe-style) CMYK JPEG
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 8, 4, null);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 16; x++) {
                boolean left = x < 8;
                // left: pure cyan (C=255); right: C=1, M=217, Y=178, K=55, which is RGB (199, 30, 60)
                cmyk.setPixel(x, y, left ? new int[] {0, 255, 255, 255} : new int[] {254, 38, 77, 200});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }

        RgbImage decoded = decoder.decode(bytes.toByteArray(), "cmyk.jpg");

        assertRoughly(decoded.rgb(3, 4), 0x00FFFF);
        assertRoughly(decoded.rgb(12, 4), 199 << 16 | 30 << 8 | 60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bmp", "gif", "png"})
    void losslessFormatsDecodeToTheExactPixels(String format) {
        BufferedImage original = new BufferedImage(7, 5, BufferedImage.TYPE_3BYTE_BGR);
        int[] colours = {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000, 0x808080, 0xC81E3C};
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                original.setRGB(x, y, colours[(x + 2 * y) % colours.length]);
            }
        }

        RgbImage decoded = decoder.decode(TestPictures.encode(original, format), "exact." + format);

        assertThat(decoded).isEqualTo(RgbImage.fromBufferedImage(original));
    }

    @Test
    void formatIsRecognisedByContentNotByName() {
        byte[] png = TestPictures.encode(TestPictures.gradient(6, 4).toBufferedImage(), "png");

        RgbImage decoded = decoder.decode(png, "misnamed.jpg");

        assertThat(decoded).isEqualTo(TestPictures.gradient(6, 4));
    }

    @Test
    void pathStreamAndBytesGiveTheSamePicture(@TempDir Path dir) throws IOException {
        byte[] jpeg = TestPictures.jpeg(TestPictures.gradient(30, 20));
        Path file = dir.resolve("Pièce Ñandú (3).jpg");
        Files.write(file, jpeg);

        RgbImage fromPath = decoder.decode(file);
        RgbImage fromStream = decoder.decode(new ByteArrayInputStream(jpeg), "stream");
        RgbImage fromBytes = decoder.decode(jpeg, "bytes");

        assertThat(fromPath).isEqualTo(fromBytes).isEqualTo(fromStream);
    }

    @Test
    void picturesAtThePixelLimitAreAcceptedAndOneMoreIsRefused() {
        byte[] png = TestPictures.encode(TestPictures.gradient(10, 10).toBufferedImage(), "png");

        assertThat(decoder.withMaxPixels(100).decode(png, "ten.png").width()).isEqualTo(10);
        assertThatThrownBy(() -> decoder.withMaxPixels(99).decode(png, "ten.png"))
                .isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("ten.png")
                .hasMessageContaining("10x10");
    }

    @Test
    void settingsAreKeptByCopiesAndCheckedOnCreation() {
        ImageDecoder custom = decoder.withMaxPixels(1234).withExifOrientation(false);

        assertThat(custom.maxPixels()).isEqualTo(1234);
        assertThat(custom.appliesExifOrientation()).isFalse();
        assertThat(decoder.maxPixels()).isEqualTo(ImageDecoder.DEFAULT_MAX_PIXELS);
        assertThat(decoder.appliesExifOrientation()).isTrue();
        assertThatThrownBy(() -> decoder.withMaxPixels(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Each channel within 6 of the expected value (JPEG is lossy). */
    static void assertRoughly(int actualRgb, int expectedRgb) {
        for (int shift = 16; shift >= 0; shift -= 8) {
            assertThat((actualRgb >> shift) & 0xFF)
                    .as("channel at bit %d of %06x, expected about %06x", shift, actualRgb, expectedRgb)
                    .isCloseTo((expectedRgb >> shift) & 0xFF, offset(6));
        }
    }
}
