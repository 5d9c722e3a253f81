package dev.coinid.references;

import dev.coinid.image.ImageSource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;
import dev.coinid.match.IndexCoverage;
import dev.coinid.synthetic.ReferencePhotos;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BundledIndexTest {

    /**
     * Photos as a collector takes them: turned, the light within about 60 degrees of the catalog
     * pictures' (upper left, 135 degrees), off-centre, blurred and noisy, on a table. (A table of
     * narrow, strongly contrasted stripes can throw the coin locator off: none is used here.)
     */
    private static final List<Shot> SHOTS = List.of(
            new Shot(35, 135, 0.6, 0.4, 0.55, 0.8, 3, 11),
            new Shot(200, 100, 0.45, 0.7, 0.3, 1.2, 4, 12),
            new Shot(110, 180, 0.75, 0.5, 0.5, 1.0, 2, 13));

    @Test
    void isLoadedOnceAndShared() {
        assertThat(DesignIndex.bundled()).isSameAs(DesignIndex.bundled());
    }

    @Test
    void holdsEveryBundledPicture() {
        DesignIndex index = DesignIndex.bundled();

        assertThat(index.size()).isEqualTo(BundledReferences.catalogIds().size());
        assertThat(index.catalogIds()).containsExactlyInAnyOrderElementsOf(BundledReferences.catalogIds());
    }

    @Test
    void missesExactlyTheDesignsWhoseCoinsAllHaveNoPicture() {
        DesignIndex index = DesignIndex.bundled();
        Map<String, String> mappedById = new HashMap<>();
        ReferenceTable.rows().forEach(row -> mappedById.put(row.catalogId(), row.mapped()));
        Set<String> designsWithAPicture = new HashSet<>();
        for (CatalogEntry coin : index.catalog()) {
            if (!"none".equals(mappedById.get(coin.id()))) {
                designsWithAPicture.add(designOf(coin));
            }
        }
        List<String> expectedMissing = index.catalog().stream()
                .filter(coin -> !designsWithAPicture.contains(designOf(coin))).map(CatalogEntry::id).toList();

        IndexCoverage coverage = index.coverage();

        assertThat(coverage.missing()).extracting(CatalogEntry::id).containsExactlyElementsOf(expectedMissing);
        assertThat(expectedMissing).contains("de-2013-50th-anniversary-of-the-elysee-treaty",
                "fr-2013-50th-anniversary-of-the-elysee-treaty", "regular-va-2026-pope-leo-xiv");
        assertThat(coverage.catalogDesigns() - coverage.coveredDesigns())
                .isEqualTo((int) expectedMissing.stream().map(id -> designOf(entry(index, id))).distinct().count());
        assertThat(coverage.describe()).contains(coverage.coveredDesigns() + " of " + coverage.catalogDesigns());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "regular-de-2002-federal-eagle",                   // a regular design
            "it-2007-50th-anniversary-of-the-treaty-of-rome",  // a common issue: one design, thirteen countries
            "gr-2004-olympic-games-in-athens-2004",
            "fr-2025-notre-dame-de-paris",                     // recent coins
            "mt-2026-the-pharaoh-hound-maltese-native-species"})
    void namesTheDesignOfPhotosOfABundledCoin(String catalogId) {
        DesignIndex index = DesignIndex.bundled();
        String design = designOf(entry(index, catalogId));
        ReferencePhotos photos = ReferencePhotos.of(BundledReferences.picture(catalogId));

        for (Shot shot : SHOTS) {
            Identification answer = index.identify(ImageSource.of(photos.photo(shot, 640, 480)));

            assertThat(answer.known()).as("%s, %s: %s", catalogId, shot, answer.describe()).isTrue();
            assertThat(answer.best().design()).as("%s, %s", catalogId, shot).isEqualTo(design);
        }
    }

    @Test
    void aCommonIssueIsNamedByItsJointTheme() {
        CatalogEntry coin = entry(DesignIndex.bundled(), "it-2007-50th-anniversary-of-the-treaty-of-rome");

        assertThat(coin.jointIssue()).isPresent();
        assertThat(designOf(coin)).isNotEqualTo(coin.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"common-2002-200.jpg", "common-2007-200.jpg"})
    void photosOfTheCommonSideAreToldToTurnTheCoinOver(String map) throws java.io.IOException {
        dev.coinid.image.RgbImage picture;
        try (java.io.InputStream in = BundledIndexTest.class.getResourceAsStream(
                "/dev/coinid/references/common-sides/" + map)) {
            picture = dev.coinid.image.ImageDecoder.defaults().decode(in, map);
        }
        ReferencePhotos photos = ReferencePhotos.of(picture);
        assertThat(DesignIndex.bundled().knowsTheCommonSide()).isTrue();

        for (Shot shot : SHOTS) {
            Identification answer = DesignIndex.bundled().identify(ImageSource.of(photos.photo(shot, 640, 480)));

            assertThat(answer.side()).as("%s, %s: %s", map, shot, answer.describe()).isEqualTo(dev.coinid.match.Side.COMMON);
            assertThat(answer.known()).isFalse();
        }
    }

    /** The design the index names for {@code coin}: the joint theme of a common issue, else the catalog id. */
    private static String designOf(CatalogEntry coin) {
        return coin.jointIssue().map(joint -> joint.theme()).orElse(coin.id());
    }

    private static CatalogEntry entry(DesignIndex index, String catalogId) {
        return index.catalog().byId(catalogId).orElseThrow();
    }
}
