package dev.coinid.match;

import dev.coinid.image.ImageSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinid.error.CoinIdException;
import dev.coinid.error.ImageWriteException;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.CoinPicture;
import dev.coinid.synthetic.TableScene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DesignIndex#identifyEvery} and {@link CoinAnnotator} on table scenes of made-up designs. */
class EveryCoinTest {

    @TempDir
    static Path temp;

    static final SyntheticGallery gallery = SyntheticGallery.indexed(40);
    static final DesignIndex index = gallery.index;

    private static CoinPicture twoEuro(int i) {
        return CoinPicture.cropped(gallery.ids.get(i), SyntheticGallery.DESIGNS.catalogPicture(gallery.designs.get(i), 320),
                CoinPicture.TWO_EURO_MM);
    }

    /** Two national sides touching, a copper coin and a gold coin (designs the index does not hold), on a table. */
    private static TableScene scene(long seed) {
        CoinPicture copper = CoinPicture.cropped("copper", SyntheticGallery.DESIGNS.catalogPicture(300, 320), 18.75)
                .recoloured("copper", 0xB87333, 18.75);
        CoinPicture gold = CoinPicture.cropped("gold", SyntheticGallery.DESIGNS.catalogPicture(301, 320), 22.25)
                .recoloured("gold", 0xD4AF37, 22.25);
        return TableScene.builder(900, 650).seed(seed)
                .place(twoEuro(1), 220, 200, 110, 30)
                .place(twoEuro(3), 220 + 220, 200, 110, 200)
                .place(copper, 250, 480, 80, 0)
                .place(gold, 650, 470, 95, 90)
                .build();
    }

    @Test
    void everyCoinIsFoundInReadingOrderAndEachNationalSideIsNamed() {
        CoinsInPhoto coins = index.identifyEvery(ImageSource.of(scene(1).photo()));

        assertThat(coins.width()).isEqualTo(900);
        assertThat(coins.coins()).hasSize(4);
        List<CoinInPhoto> list = coins.coins();
        // reading order: the two 2-euro coins of the top row, left to right, then the copper and the gold coin
        assertThat(list.get(0).place().centerX()).isCloseTo(220, org.assertj.core.data.Offset.offset(6.0));
        assertThat(list.get(1).place().centerX()).isCloseTo(440, org.assertj.core.data.Offset.offset(6.0));
        assertThat(list.get(2).place().centerX()).isCloseTo(250, org.assertj.core.data.Offset.offset(6.0));
        assertThat(list.get(3).place().centerX()).isCloseTo(650, org.assertj.core.data.Offset.offset(6.0));
        assertThat(list.get(0).twoEuro()).isTrue();
        assertThat(list.get(0).known()).isTrue();
        assertThat(list.get(0).identification().orElseThrow().best().design()).isEqualTo(gallery.designOf(1));
        assertThat(list.get(1).identification().orElseThrow().best().design()).isEqualTo(gallery.designOf(3));
        assertThat(list.get(1).side()).as(list.get(1).describe() + " " + list.get(1).place()).isEqualTo(Side.NATIONAL);
        for (CoinInPhoto other : list.subList(2, 4)) {
            assertThat(other.twoEuro()).isFalse();
            assertThat(other.identification()).isEmpty();
            assertThat(other.side()).isEqualTo(Side.UNKNOWN);
            assertThat(other.describe()).isEqualTo("not a 2-euro coin");
        }
        assertThat(coins.knownDesigns()).hasSize(2);
    }

    @Test
    void aSmallCoinIsNamedFromACutOutAsLargeAsALargeOnes() {
        // 2-euro coins 40 pixels in radius, 8% of the photo's shorter side across: the cut-out is enlarged
        TableScene scene = TableScene.builder(1000, 1000).seed(7)
                .place(twoEuro(2), 300, 300, 40, 60)
                .place(twoEuro(5), 600, 650, 40, 250)
                .build();

        CoinsInPhoto coins = index.identifyEvery(ImageSource.of(scene.photo()));

        assertThat(coins.coins()).hasSize(2);
        assertThat(coins.coins()).extracting(coin -> coin.identification().orElseThrow().best().design())
                .containsExactly(gallery.designOf(2), gallery.designOf(5));
        assertThat(coins.coins()).allMatch(CoinInPhoto::known);
        assertThat(EveryCoinReader.alone(scene.photo(), coins.coins().get(0).place().rim()).width()).isEqualTo(320);
    }

    @Test
    @Tag("slow")
    void eightThreadsGiveWhatOneGives() throws Exception {
        List<RgbImage> photos = List.of(scene(1).photo(), scene(2).photo(), scene(3).photo());
        List<CoinsInPhoto> alone = photos.stream().map(ImageSource::of).map(index::identifyEvery).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CoinsInPhoto>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                RgbImage photo = photos.get(i % photos.size());
                futures.add(pool.submit(() -> index.identifyEvery(ImageSource.of(photo))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i % photos.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAnnotatedPictureIsWrittenAtThePhotosSizeInPngOrJpeg() throws IOException {
        RgbImage photo = scene(4).photo();
        CoinsInPhoto coins = index.identifyEvery(ImageSource.of(photo));
        Path png = temp.resolve("drawn/table-coins.png");
        Path jpeg = temp.resolve("drawn/table-coins.jpg");

        CoinAnnotator.write(photo, coins, png);
        CoinAnnotator.write(photo, coins, jpeg);

        RgbImage drawn = ImageDecoder.defaults().decode(png);
        assertThat(drawn.width()).isEqualTo(photo.width());
        assertThat(drawn.height()).isEqualTo(photo.height());
        assertThat(drawn).isNotEqualTo(photo);
        assertThat(ImageDecoder.defaults().decode(jpeg).width()).isEqualTo(photo.width());
        try (var files = Files.list(png.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("table-coins.png", "table-coins.jpg");
        }
        // the known coin's outline is drawn in green where its rim runs
        CoinInPhoto first = coins.coins().get(0);
        int x = (int) Math.round(first.place().centerX());
        int y = (int) Math.round(first.place().centerY() - first.place().rim().semiMinor());
        boolean green = false;
        for (int dy = -3; dy <= 3; dy++) {
            green |= drawn.rgb(x, y + dy) == CoinAnnotator.KNOWN.getRGB() - 0xFF000000;
        }
        assertThat(green).isTrue();
        assertThat(CoinAnnotator.text(first)).contains(" \u00b7 commemorative \u00b7 ");
    }

    @Test
    void anAnnotationFileOfAnotherKindOrABadPhotoIsAClearError() throws IOException {
        RgbImage photo = scene(5).photo();
        CoinsInPhoto coins = index.identifyEvery(ImageSource.of(photo));
        assertThatThrownBy(() -> CoinAnnotator.write(photo, coins, temp.resolve("table.gif")))
                .isInstanceOf(ImageWriteException.class).hasMessageContaining("table.gif");
        Path broken = Files.writeString(temp.resolve("broken.jpg"), "not a photo");
        assertThatThrownBy(() -> index.identifyEvery(ImageSource.of(broken))).isInstanceOf(CoinIdException.class)
                .hasMessageContaining("broken.jpg");
    }
}
