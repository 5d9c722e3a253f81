package dev.coinid.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BundledCatalogTest {

    private final CoinCatalog catalog = CoinCatalog.bundled();

    @Test
    void holds620CommemorativesAnd40RegularDesigns() {
        assertThat(catalog.size()).isEqualTo(660);
        assertThat(catalog.byType(CoinType.COMMEMORATIVE)).hasSize(620);
        assertThat(catalog.byType(CoinType.REGULAR)).hasSize(40);
        assertThat(catalog.schemaVersion()).isEqualTo(2);
        assertThat(catalog.sourceNote()).hasValueSatisfying(note -> assertThat(note).contains("ECB")
                .contains("Open Coin Data by Coinection (https://coinection.eu), CC BY 4.0")
                .contains("https://creativecommons.org/licenses/by/4.0/"));
    }

    @Test
    void isReadOnceAndShared() {
        assertThat(CoinCatalog.bundled()).isSameAs(catalog);
    }

    @Test
    void findsTheAthensOlympicsCoinByIdWithItsFacts() {
        CatalogEntry athens = catalog.byId("gr-2004-olympic-games-in-athens-2004").orElseThrow();

        assertThat(athens.countryCode()).isEqualTo("gr");
        assertThat(athens.countryName()).isEqualTo("Greece");
        assertThat(athens.year()).isEqualTo(2004);
        assertThat(athens.type()).isEqualTo(CoinType.COMMEMORATIVE);
        assertThat(athens.theme()).isEqualTo("Olympic Games in Athens 2004");
        assertThat(athens.mintage()).hasValue(35_000_000);
        assertThat(athens.jointIssue()).isEmpty();
        assertThat(athens.referenceImage()).hasValueSatisfying(image -> {
            assertThat(image.fileName()).isEqualTo("comm_2004_el.jpg");
            assertThat(image.folder()).hasValue("comm_2004");
        });
    }

    @Test
    void findsTheSwissGuardCoinAmongVaticanCoinsOf2006() {
        List<CatalogEntry> vatican2006 = catalog.byCountryAndYear("VA", 2006);

        assertThat(vatican2006).extracting(CatalogEntry::id)
                .contains("va-2006-5th-centenary-of-the-swiss-pontifical-guard", "regular-va-2006-pope-benedict-xvi");
        CatalogEntry guard = catalog.byId("va-2006-5th-centenary-of-the-swiss-pontifical-guard").orElseThrow();
        assertThat(guard.countryName()).isEqualTo("Vatican City");
        assertThat(guard.mintage()).hasValue(100_000);
        assertThat(guard.isCommemorative()).isTrue();
    }

    @Test
    void findsTheAltamiraCoinAmongSpanishCoinsOf2015() {
        assertThat(catalog.byCountryAndYear("es", 2015)).extracting(CatalogEntry::id)
                .contains("es-2015-cave-of-altamira-unesco-world-heritage", "regular-es-2015-king-felipe-vi")
                .allSatisfy(id -> assertThat(id).contains("es-2015"));
    }

    @Test
    void findsFrancesFirstRegularDesignAsARegularCoinWithItsSeries() {
        CatalogEntry tree = catalog.byId("regular-fr-1999-tree-of-life-with-liberte-egalite-fraternite").orElseThrow();

        assertThat(tree.type()).isEqualTo(CoinType.REGULAR);
        assertThat(tree.isCommemorative()).isFalse();
        assertThat(tree.seriesStartYear()).hasValue(1999);
        assertThat(tree.theme()).isEqualTo("Tree of life with Liberté Égalité Fraternité");
        assertThat(catalog.byCountry("fr")).filteredOn(entry -> !entry.isCommemorative())
                .extracting(CatalogEntry::id)
                .containsExactly("regular-fr-1999-tree-of-life-with-liberte-egalite-fraternite",
                        "regular-fr-2022-oak-and-olive-tree-new-design");
    }

    @Test
    void groupsTheCoinsOfAJointIssue() {
        List<CatalogEntry> emu = catalog.jointIssue("emu-10");

        assertThat(emu).hasSize(16)
                .allSatisfy(entry -> {
                    assertThat(entry.year()).isEqualTo(2009);
                    assertThat(entry.jointIssue()).hasValue(new JointIssue("emu-10", JointScope.EURO_AREA));
                });
        assertThat(catalog.jointIssue("elysee-treaty-50")).extracting(CatalogEntry::countryCode)
                .containsExactly("de", "fr");
        assertThat(catalog.jointIssue("no-such-issue")).isEmpty();
    }

    @Test
    void returnsNothingForAnUnknownIdOrCountry() {
        assertThat(catalog.byId("xx-2004-nothing")).isEmpty();
        assertThat(catalog.byCountry("us")).isEmpty();
    }

    @Test
    void iteratesCommemorativesFirstThenByYearCountryAndId() {
        List<CatalogEntry> iterated = new ArrayList<>();
        catalog.forEach(iterated::add);

        Comparator<CatalogEntry> expectedOrder = Comparator.comparing(CatalogEntry::isCommemorative).reversed()
                .thenComparingInt(CatalogEntry::year)
                .thenComparing(CatalogEntry::countryCode)
                .thenComparing(CatalogEntry::id);
        assertThat(iterated).isEqualTo(catalog.entries()).isSortedAccordingTo(expectedOrder);
        assertThat(iterated.get(0).id()).isEqualTo("fi-2004-enlargement-of-the-european-union-by-ten-new");
        assertThat(iterated.get(620).id()).isEqualTo("regular-at-1999-bertha-von-suttner");
    }

    @Test
    void coversExactlyTheCountriesThatIssueEuroCoins() {
        assertThat(catalog.stream().map(CatalogEntry::countryCode).collect(Collectors.toSet()))
                .isEqualTo(Arrays.stream(EuroCountry.values()).map(EuroCountry::code).collect(Collectors.toSet()));
    }
}
