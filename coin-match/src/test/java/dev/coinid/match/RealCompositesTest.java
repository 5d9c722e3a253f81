package dev.coinid.match;

import dev.coinid.image.ImageSource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageResizer;
import dev.coinid.image.RgbImage;
import dev.coinid.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real coins anywhere in the frame: catalog pictures of real coins, cut out along their rim, pasted
 * at random scale (a quarter of the photo's shorter side to nine tenths of it) and position onto
 * real tables (the corners of the shared common-side photos, enlarged), then found and identified
 * against an index of the real pictures. Skips when the development data is absent.
 */
@Tag("slow")
class RealCompositesTest {

    private static final int COINS = 24;

    @Test
    void realCoinsPastedAnywhereOnRealTablesAreFoundAndIdentified() throws IOException {
        Path gallery = SharedData.dataset("euro2-commemorative-gallery");
        Path tables = SharedData.dataset("euro-common-side").resolve("2e");
        List<Path> pictures;
        try (Stream<Path> files = Files.list(gallery)) {
            pictures = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        List<Path> backgrounds;
        try (Stream<Path> files = Files.list(tables)) {
            backgrounds = files.filter(p -> p.toString().endsWith(".jpg")).sorted().limit(COINS).toList();
        }
        // every 5th picture of the gallery: 84 references, the first COINS of them photographed
        List<ReferencePicture> references = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i += 5) {
            String name = pictures.get(i).getFileName().toString();
            references.add(new ReferencePicture(name.substring(0, name.length() - 4), pictures.get(i)));
        }
        DesignIndex index = DesignIndex.builder().buildFrom(references);
        ImageDecoder decoder = ImageDecoder.defaults();
        CoinLocator locator = CoinLocator.forTwoEuroCoins();
        SplittableRandom random = new SplittableRandom(11);

        int found = 0;
        int named = 0;
        List<String> misses = new ArrayList<>();
        for (int k = 0; k < COINS; k++) {
            ReferencePicture coin = references.get(k);
            RgbImage picture = decoder.decode(coin.file());
            CoinOutline rim = locator.locate(picture);
            RgbImage table = tableFrom(decoder.decode(backgrounds.get(k)), 640, 480);
            double radius = random.nextDouble(0.25, 0.9) * 480 / 2;
            double cx = radius + random.nextDouble() * (640 - 2 * radius);
            double cy = radius + random.nextDouble() * (480 - 2 * radius);
            RgbImage photo = paste(table, picture, rim, cx, cy, radius, random.nextDouble(2 * Math.PI));

            CoinOutline seen = locator.locate(photo);
            boolean located = Math.hypot(seen.centerX() - cx, seen.centerY() - cy) < 0.06 * radius
                    && Math.abs(seen.radius() - radius) < 0.06 * radius;
            Identification id = index.identify(ImageSource.of(photo));
            boolean right = id.known() && id.best().design().equals(DesignIndex.designOf(
                    CoinCatalog.bundled().byId(coin.catalogId()).orElseThrow()));
            found += located ? 1 : 0;
            named += right ? 1 : 0;
            if (!located || !right) {
                misses.add(String.format("%s at (%.0f, %.0f) r %.0f: found %s, %s", coin.catalogId(), cx, cy, radius,
                        seen, id.describe()));
            }
        }
        assertThat(found).as("coins located: %s", misses).isGreaterThanOrEqualTo(COINS - 1);
        assertThat(named).as("coins named: %s", misses).isGreaterThanOrEqualTo(COINS - 2);
    }

    /** A real table: the top-left 64 px of a common-side photo (beside its coin), enlarged. */
    private static RgbImage tableFrom(RgbImage photo, int width, int height) {
        int side = Math.min(64, Math.min(photo.width(), photo.height()) / 4);
        return ImageResizer.resize(photo.crop(0, 0, side, side), width, height);
    }

    /** {@code table} with the coin inside {@code rim} of {@code picture} drawn at (cx, cy), radius {@code radius}, turned. */
    private static RgbImage paste(RgbImage table, RgbImage picture, CoinOutline rim, double cx, double cy, double radius,
                                  double turn) {
        byte[] out = table.toRgbBytes();
        double scale = rim.radius() / radius;
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        for (int y = 0; y < table.height(); y++) {
            for (int x = 0; x < table.width(); x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                if (dx * dx + dy * dy > radius * radius) {
                    continue;
                }
                int sx = (int) Math.floor(rim.centerX() + (cos * dx - sin * dy) * scale);
                int sy = (int) Math.floor(rim.centerY() + (sin * dx + cos * dy) * scale);
                if (sx < 0 || sy < 0 || sx >= picture.width() || sy >= picture.height()) {
                    continue;
                }
                int o = 3 * (y * table.width() + x);
                int rgb = picture.rgb(sx, sy);
                out[o] = (byte) (rgb >> 16);
                out[o + 1] = (byte) (rgb >> 8);
                out[o + 2] = (byte) rgb;
            }
        }
        return RgbImage.of(table.width(), table.height(), out);
    }
}
