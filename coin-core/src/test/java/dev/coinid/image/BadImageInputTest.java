package dev.coinid.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.coinid.error.CoinIdException;
import dev.coinid.error.ImageDecodeException;
import dev.coinid.error.ImageTooLargeException;
import dev.coinid.error.UnsupportedImageFormatException;
import dev.coinid.testing.TestPictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad image file fails with a typed exception whose message names the file and the problem. */
class BadImageInputTest {

    private final ImageDecoder decoder = ImageDecoder.defaults();

    @TempDir
    Path dir;

    @Test
    void zeroByteFileIsReportedAsEmpty() throws IOException {
        Path file = Files.write(dir.resolve("empty.jpg"), new byte[0]);

        assertRefused(file, ImageDecodeException.class, "empty");
    }

    @Test
    void randomBytesWithAJpegNameAreNotAnImage() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x12; // make sure the noise does not start like a real format
        Path file = Files.write(dir.resolve("noise.jpg"), noise);

        assertRefused(file, UnsupportedImageFormatException.class, "not an image");
    }

    @ParameterizedTest(name = "cut after {0}% of the file")
    @ValueSource(ints = {0, 1, 10, 50, 90, 99})
    void jpegTruncatedAnywhereIsRefused(int percent) throws IOException {
        byte[] jpeg = TestPictures.jpeg(TestPictures.gradient(120, 90));
        int length = Math.max(2, jpeg.length * percent / 100);
        if (percent == 99) {
            length = jpeg.length - 2; // only the end-of-image marker is missing
        }
        Path file = Files.write(dir.resolve("cut-" + percent + ".jpg"), Arrays.copyOf(jpeg, length));

        assertRefused(file, ImageDecodeException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("truncated", "corrupt"));
    }

    @Test
    void pngWithACorruptedHeaderCrcIsRefused() throws IOException {
        byte[] png = TestPictures.encode(TestPictures.gradient(8, 8).toBufferedImage(), "png");
        png[29] ^= 0x55; // the IHDR chunk's CRC: 8 signature + 8 chunk head + 13 data bytes
        Path file = Files.write(dir.resolve("bad-crc.png"), png);

        assertRefused(file, ImageDecodeException.class, "bad CRC", "IHDR");
    }

    @Test
    void pngWithACorruptedImageDataCrcIsRefused() throws IOException {
        byte[] png = TestPictures.encode(TestPictures.gradient(8, 8).toBufferedImage(), "png");
        png[png.length - 12 - 1] ^= 0x01; // the last byte of the chunk before IEND: the IDAT CRC

        assertThatThrownBy(() -> decoder.decode(png, "idat.png"))
                .isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining("idat.png")
                .hasMessageContaining("bad CRC")
                .hasMessageContaining("IDAT");
    }

    @Test
    void truncatedPngIsRefused() {
        byte[] png = TestPictures.encode(TestPictures.gradient(32, 32).toBufferedImage(), "png");

        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(png, png.length / 2), "half.png"))
                .isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining("half.png")
                .hasMessageContaining("truncated");
    }

    @Test
    void pngHeaderDeclaring50000x50000IsRefusedBeforeAllocating() throws IOException {
        // 2.5 gigapixels would need 7.5 GB of RGB bytes: more than the test heap, so reaching
        // this assertion proves nothing was allocated
        Path file = Files.write(dir.resolve("bomb.png"), TestPictures.pngHeader(50_000, 50_000));

        assertRefused(file, ImageTooLargeException.class, "50000x50000")
                .satisfies(e -> {
                    ImageTooLargeException tooLarge = (ImageTooLargeException) e;
                    assertThat(tooLarge.width()).isEqualTo(50_000);
                    assertThat(tooLarge.height()).isEqualTo(50_000);
                    assertThat(tooLarge.maxPixels()).isEqualTo(ImageDecoder.DEFAULT_MAX_PIXELS);
                });
    }

    @Test
    void jpegHeaderDeclaring50000x50000IsRefusedBeforeAllocating() throws IOException {
        Path file = Files.write(dir.resolve("bomb.jpg"), TestPictures.jpegHeader(50_000, 50_000));

        assertRefused(file, ImageTooLargeException.class, "50000x50000");
    }

    @Test
    void directoryWhereAFileIsExpectedIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("photo.jpg"));

        assertRefused(folder, ImageDecodeException.class, "directory");
    }

    @Test
    void missingFileIsRefused() {
        Path file = dir.resolve("nowhere.jpg");

        assertRefused(file, ImageDecodeException.class, "does not exist");
    }

    @Test
    void unreadableFileIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("secret.jpg"), TestPictures.jpeg(TestPictures.gradient(8, 8)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "skipped: running as root, a chmod 000 file is still readable");

            assertRefused(file, ImageDecodeException.class, "permission denied");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void everyFailureCarriesItsSourceSeparately() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], "named-source"))
                .isInstanceOf(CoinIdException.class)
                .satisfies(e -> assertThat(((CoinIdException) e).source()).contains("named-source"));
    }

    /**
     * Decodes {@code file} and asserts that it is refused with a {@code type} naming the file and
     * saying each of {@code words}; returns the assertion for more checks.
     */
    private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file, Class<? extends CoinIdException> type,
                                                                         String... words) {
        AbstractThrowableAssert<?, ? extends Throwable> refusal = assertThatThrownBy(() -> decoder.decode(file))
                .isInstanceOf(type)
                .hasMessageContaining(file.toString());
        for (String word : words) {
            refusal.hasMessageContaining(word);
        }
        return refusal;
    }
}
