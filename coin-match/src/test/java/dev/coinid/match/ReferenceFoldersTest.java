package dev.coinid.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinid.catalog.CoinCatalog;
import dev.coinid.error.CoinIdException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceFoldersTest {

    private static final CoinCatalog CATALOG = CoinCatalog.bundled();
    private static final String GREECE = "gr-2004-olympic-games-in-athens-2004";
    private static final String VATICAN = "va-2006-5th-centenary-of-the-swiss-pontifical-guard";

    @TempDir
    Path temp;

    private Path picture(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ImageIO.write(SyntheticGallery.DESIGNS.catalogPicture(1, 64).toBufferedImage(), "png", file.toFile());
        return file;
    }

    @Test
    void readsPicturesNamedAfterTheirCoinAndFoldersOfPicturesOfOneCoin() throws IOException {
        picture(temp.resolve(GREECE + ".png"));
        picture(temp.resolve(VATICAN).resolve("front.png"));
        picture(temp.resolve(VATICAN).resolve("another.png"));
        Files.writeString(temp.resolve("README.txt"), "ignored");
        picture(temp.resolve(".hidden.png"));

        List<ReferencePicture> pictures = ReferenceFolders.list(List.of(temp), CATALOG);

        assertThat(pictures).extracting(ReferencePicture::catalogId).containsExactly(GREECE, VATICAN, VATICAN);
    }

    @Test
    void aPictureNamedAfterNoCatalogCoinIsAnErrorNamingIt() throws IOException {
        Path stray = picture(temp.resolve("my-favourite-coin.png"));

        assertThatThrownBy(() -> ReferenceFolders.list(List.of(temp), CATALOG))
                .isInstanceOf(ReferenceException.class)
                .hasMessageStartingWith(stray.toString())
                .hasMessageContaining("not a catalog id");
    }

    @Test
    void anEmptyOrMissingFolderIsAnErrorNamingIt() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> ReferenceFolders.list(List.of(empty), CATALOG))
                .isInstanceOf(ReferenceException.class)
                .hasMessageStartingWith(empty.toString())
                .hasMessageContaining("no reference picture");
        assertThatThrownBy(() -> ReferenceFolders.list(List.of(temp.resolve("nowhere")), CATALOG))
                .isInstanceOf(ReferenceException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aPictureThatDoesNotDecodeStopsTheBuildAndNoIndexIsWritten() throws IOException {
        picture(temp.resolve(GREECE + ".png"));
        Path broken = Files.writeString(temp.resolve(VATICAN + ".jpg"), "truncated");

        assertThatThrownBy(() -> DesignIndex.builder().build(List.of(temp)))
                .isInstanceOf(CoinIdException.class)
                .hasMessageStartingWith(broken.toString());
    }
}
