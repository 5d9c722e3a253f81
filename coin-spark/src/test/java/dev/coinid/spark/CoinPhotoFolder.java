package dev.coinid.spark;

import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.references.BundledReferences;
import dev.coinid.synthetic.ReferencePhotos;
import dev.coinid.synthetic.SyntheticDesigns.Shot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * A folder of simulated photos of real 2-euro coins, for the cluster tests and measurements:
 * {@link ReferencePhotos} of the bundled reference pictures (coins spread over the catalog, turned,
 * relit, off-centre, blurred and noisy, on a table), a few of the common side, written as JPEG
 * into sub-folders of 50 photos (the job reads folders recursively). Always the same photos for
 * the same count.
 */
final class CoinPhotoFolder {

    /** Photos as a collector takes them, the light within about 60 degrees of the catalog pictures'. */
    private static final List<Shot> SHOTS = List.of(
            new Shot(35, 135, 0.6, 0.4, 0.55, 0.8, 3, 11),
            new Shot(200, 100, 0.45, 0.7, 0.3, 1.2, 4, 12),
            new Shot(110, 180, 0.75, 0.5, 0.5, 1.0, 2, 13),
            new Shot(300, 150, 0.55, 0.45, 0.45, 0.6, 2, 14));

    private static final List<String> COMMON_SIDES = List.of("common-2002-200.jpg", "common-2007-200.jpg");

    private CoinPhotoFolder() {
    }

    /**
     * Writes {@code count} photos of {@code width} x {@code height} into {@code folder}, one in 25 of
     * the common side, the others of national sides; returns the files, sorted. Made on every core.
     */
    static List<Path> write(Path folder, int count, int width, int height) {
        List<String> ids = BundledReferences.catalogIds();
        int nationals = count - count / 25;
        List<Path> files = IntStream.range(0, count).parallel().mapToObj(i -> {
            boolean common = i >= nationals;
            RgbImage picture = common ? commonSide(COMMON_SIDES.get(i % COMMON_SIDES.size()))
                    : BundledReferences.picture(ids.get((int) (i * 7919L % ids.size()))); // a stride prime to the count
            Shot shot = SHOTS.get(i % SHOTS.size());
            RgbImage photo = ReferencePhotos.of(picture).photo(shot, width, height);
            Path file = folder.resolve(String.format("part-%03d", i / 50)).resolve(String.format("photo-%05d.jpg", i));
            try {
                Files.createDirectories(file.getParent());
                ImageIO.write(photo.toBufferedImage(), "jpg", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }).toList();
        return files.stream().sorted().toList();
    }

    private static RgbImage commonSide(String name) {
        try (InputStream in = CoinPhotoFolder.class.getResourceAsStream("/dev/coinid/references/common-sides/" + name)) {
            return ImageDecoder.defaults().decode(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
