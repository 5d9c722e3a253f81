package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinid.error.CoinIdException;
import dev.coinid.error.UnsupportedImageFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The formats phones save besides JPEG: WebP decodes; HEIC/HEIF and AVIF are refused on one line
 * that names the file and says to convert it. The WebP files are a synthetic 24x16 picture (see
 * {@code src/test/resources/dev/coinid/image/README.md}).
 */
class PhoneFormatsTest {

    private static final int RED = 0xDC1E1E;
    private static final int BLUE = 0x1E1EDC;
    private static final int GREEN = 0x00C800;

    @TempDir
    Path temp;

    private final ImageDecoder decoder = ImageDecoder.defaults();

    @Test
    void losslessWebPDecodesToItsExactPixels() throws IOException {
        Path file = copy("flag-24x16-lossless.webp");

        RgbImage image = decoder.decode(file);

        assertThat(image.width()).isEqualTo(24);
        assertThat(image.height()).isEqualTo(16);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 24; x++) {
                int expected = x >= 8 && x < 16 && y >= 4 && y < 12 ? GREEN : x < 12 ? RED : BLUE;
                assertThat(image.rgb(x, y)).as("pixel (%d, %d)", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void lossyWebPDecodesCloseToItsPixels() throws IOException {
        RgbImage image = decoder.decode(copy("flag-24x16-lossy.webp"));

        assertThat(image.width()).isEqualTo(24);
        assertThat(image.height()).isEqualTo(16);
        assertClose(image.rgb(2, 1), RED);
        assertClose(image.rgb(22, 14), BLUE);
        assertClose(image.rgb(12, 8), GREEN);
    }

    @Test
    void webPIsRecognisedByItsContentNotItsName() throws IOException {
        byte[] bytes = resource("flag-24x16-lossless.webp");
        assertThat(ImageDecoder.isWebP(bytes)).isTrue();

        RgbImage image = decoder.decode(bytes, "photo.jpg");

        assertThat(image.rgb(0, 0)).isEqualTo(RED);
    }

    @ParameterizedTest
    @CsvSource({"heic, mif1, IMG_0001.HEIC, a HEIC/HEIF picture",
        "mif1, heic, IMG_0002.heif, a HEIC/HEIF picture",
        "avif, mif1, photo.avif, an AVIF picture"})
    void heicAndAvifAreRefusedOnOneLineThatSaysToConvert(String major, String compatible, String name,
            String kind) throws IOException {
        Path file = Files.write(temp.resolve(name), isoBmffHeader(major, compatible));

        assertThatThrownBy(() -> decoder.decode(file))
                .isInstanceOf(UnsupportedImageFormatException.class)
                .isInstanceOf(CoinIdException.class)
                .hasMessage(file + ": " + kind + ", which coinid cannot decode: convert it to JPEG or PNG first")
                .hasNoCause();
    }

    @Test
    void anIsoBmffFileOfAnotherBrandIsJustNotAnImage() throws IOException {
        Path file = Files.write(temp.resolve("clip.mp4"), isoBmffHeader("isom", "mp42"));

        assertThatThrownBy(() -> decoder.decode(file))
                .isInstanceOf(UnsupportedImageFormatException.class)
                .hasMessageStartingWith(file + ": not an image in a supported format")
                .hasMessageNotContaining("HEIC");
    }

    /** The start of an ISO BMFF file: an {@code ftyp} box with a major brand and one compatible brand, then junk. */
    private static byte[] isoBmffHeader(String major, String compatible) {
        byte[] box = new byte[64];
        byte[] ftyp = ("\0\0\0\u0018ftyp" + major + "\0\0\0\0" + compatible).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(ftyp, 0, box, 0, ftyp.length);
        byte[] meta = "\0\0\0\u0028meta".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(meta, 0, box, 24, meta.length);
        return box;
    }

    private Path copy(String resource) throws IOException {
        return Files.write(temp.resolve(resource), resource(resource));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PhoneFormatsTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static void assertClose(int actual, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat((actual >> shift) & 0xFF).as("channel at bit %d of %06x", shift, actual)
                    .isCloseTo((expected >> shift) & 0xFF, org.assertj.core.data.Offset.offset(24));
        }
    }
}
