package dev.coinid.references;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.image.RgbImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledPicturesTest {

    private static final List<ReferenceTable> ROWS = ReferenceTable.rows();

    @Test
    void everyPictureTheTableNamesIsBundledAndDecodes() {
        List<ReferenceTable> withPicture = ROWS.stream().filter(ReferenceTable::hasPicture).toList();

        assertThat(withPicture).hasSize(650);
        for (ReferenceTable row : withPicture) {
            assertThat(row.pictureFile()).isRegularFile();
            RgbImage picture = BundledReferences.picture(row.catalogId());
            // shrunk to at most 320 px; the source's smallest pictures are smaller still (one of 166 px)
            assertThat(Math.max(picture.width(), picture.height())).as(row.catalogId()).isBetween(100, 320);
            // a picture of one coin is about square (the source once filed a wide banner of other coins under a coin)
            assertThat((double) picture.width() / picture.height()).as(row.catalogId()).isBetween(0.85, 1.18);
        }
    }

    @Test
    void everyBundledPictureIsNamedByTheTable() throws IOException {
        Set<String> named = ROWS.stream().filter(ReferenceTable::hasPicture)
                .map(row -> row.catalogId() + ".jpg").collect(Collectors.toSet());
        Set<String> files;
        try (Stream<Path> list = Files.list(ReferenceTable.PICTURES)) {
            files = list.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void rowsWithoutPictureAreTheRowsMappedNone() {
        assertThat(ROWS.stream().filter(row -> !row.hasPicture()).map(ReferenceTable::mapped))
                .isNotEmpty().containsOnly("none");
        assertThat(ROWS.stream().filter(ReferenceTable::hasPicture).map(ReferenceTable::mapped))
                .containsOnly("auto", "hand");
    }

    @Test
    void theListOfCatalogIdsIsTheTableRowsWithAPicture() {
        assertThat(BundledReferences.catalogIds()).containsExactlyElementsOf(
                ROWS.stream().filter(ReferenceTable::hasPicture).map(ReferenceTable::catalogId).toList());
    }

    @Test
    void askingForACoinWithoutPictureIsRefusedByName() {
        String withoutPicture = ROWS.stream().filter(row -> !row.hasPicture()).findFirst().orElseThrow().catalogId();

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> BundledReferences.picture(withoutPicture))
                .withMessageContaining(withoutPicture);
    }
}
