package dev.coinid.bench.match;

import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class IdentificationReferencesTest {

    @Test
    void syntheticIndexHas450DistinctCatalogIdsOfNoJointIssue() {
        List<String> ids = IdentificationReferences.syntheticCatalogIds(IdentificationReferences.SYNTHETIC_PICTURES);

        assertThat(new HashSet<>(ids)).hasSize(450);
        assertThat(ids).allSatisfy(id -> assertThat(CoinCatalog.bundled().byId(id))
                .hasValueSatisfying(e -> assertThat(e.jointIssue()).isEmpty()));
    }

    @Test
    void referencesAreNamedGalleriesOrSyntheticN() {
        assertThat(IdentificationReferences.syntheticPictures("synthetic-450")).isEqualTo(OptionalInt.of(450));
        assertThat(IdentificationReferences.syntheticPictures("galleries")).isEmpty();
        assertThat(IdentificationReferences.syntheticPictures("synthetic-x")).isEmpty();
        assertThat(IdentificationReferences.resolve(IdentificationReferences.AUTO))
                .isIn(IdentificationReferences.GALLERIES, "synthetic-450");
        assertThatThrownBy(() -> IdentificationReferences.prepare("nonsense"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nonsense'");
    }

    @Test
    void syntheticReferencesArePngsNamedByCatalogIdAndQueriesAre400x400Jpegs() {
        Path folder;
        try (IdentificationReferences refs = IdentificationReferences.prepare("synthetic-3")) {
            folder = refs.folders().get(0);
            assertThat(refs.countPictures()).isEqualTo(3);
            for (String id : IdentificationReferences.syntheticCatalogIds(3)) {
                assertThat(folder.resolve(id + ".png")).isRegularFile();
            }
            assertThat(refs.queryFiles()).hasSize(IdentificationReferences.SYNTHETIC_QUERIES);
            RgbImage photo = ImageDecoder.defaults().decode(refs.queryJpeg());
            assertThat(photo.width()).isEqualTo(400);
            assertThat(photo.height()).isEqualTo(400);
        }
        assertThat(Files.exists(folder)).as("the temporary pictures are deleted on close").isFalse();
    }

    @Test
    void sharedGalleriesHold450PicturesAnd51QueryPhotosOf400x400() {
        assumeTrue(IdentificationReferences.sharedGalleries().isPresent(),
                "skipped: the shared galleries are absent (they live in ../shared/datasets next to the project root)");
        try (IdentificationReferences refs = IdentificationReferences.prepare(IdentificationReferences.GALLERIES)) {
            assertThat(refs.folders()).hasSize(2);
            assertThat(refs.countPictures()).isEqualTo(450);
            assertThat(refs.queryFiles()).hasSize(51);
            RgbImage photo = ImageDecoder.defaults().decode(refs.queryJpeg());
            assertThat(photo.width()).isEqualTo(400);
            assertThat(photo.height()).isEqualTo(400);
        }
    }
}
