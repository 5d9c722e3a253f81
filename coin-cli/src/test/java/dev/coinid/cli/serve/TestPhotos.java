package dev.coinid.cli.serve;

import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.references.BundledReferences;
import dev.coinid.synthetic.ReferencePhotos;
import dev.coinid.synthetic.SyntheticDesigns.Shot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * JPEG photos for the server's tests, simulated from the bundled reference pictures as a phone would take them
 * (turned, relit, on a table, blurred and noisy): of a commemorative design, and of the common side.
 */
final class TestPhotos {

    /** A commemorative design the bundled index knows, and the country that issued it. */
    static final String DESIGN = "gr-2004-olympic-games-in-athens-2004";
    static final String DESIGN_COUNTRY = "Greece";
    static final Shot SHOT = new Shot(35, 135, 0.6, 0.4, 0.55, 0.8, 3, 11);

    private TestPhotos() {
    }

    /** A 640x480 JPEG of the bundled design {@link #DESIGN}. */
    static byte[] design() {
        return jpeg(ReferencePhotos.of(BundledReferences.picture(DESIGN)).photo(SHOT, 640, 480));
    }

    /** A 640x480 JPEG of the common side of a 2-euro coin (the map of 2007). */
    static byte[] commonSide() {
        try (InputStream in = TestPhotos.class.getResourceAsStream(
                "/dev/coinid/references/common-sides/common-2007-200.jpg")) {
            RgbImage picture = ImageDecoder.defaults().decode(in, "common-2007-200.jpg");
            return jpeg(ReferencePhotos.of(picture).photo(SHOT, 640, 480));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(RgbImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image.toBufferedImage(), "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
