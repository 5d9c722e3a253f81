package dev.coinid.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Telling the country of a common issue from how the photo correlates with each country's picture. */
class CountryReadingTest {

    private static final List<CatalogEntry> TREATY = CoinCatalog.bundled().jointIssue("treaty-of-rome-50");

    private static CatalogEntry coin(String country) {
        return TREATY.stream().filter(e -> e.countryCode().equals(country)).findFirst().orElseThrow();
    }

    @Test
    void namesTheCountryWhosePictureStandsOutByTheMargin() {
        CountryReading.Verdict verdict = CountryReading.read(TREATY,
                Map.of(coin("it").id(), 0.80, coin("es").id(), 0.75, coin("pt").id(), 0.60));

        assertThat(verdict.coin()).contains(coin("it"));
        assertThat(verdict.coins()).hasSameSizeAs(TREATY).startsWith(coin("it"), coin("es"), coin("pt"));
    }

    @Test
    void leavesTheCountryOpenWhenTheNextOneIsWithinTheMargin() {
        CountryReading.Verdict verdict = CountryReading.read(TREATY,
                Map.of(coin("it").id(), 0.80, coin("es").id(), 0.78, coin("pt").id(), 0.60));

        assertThat(verdict.coin()).isEmpty();
        assertThat(verdict.coins()).startsWith(coin("it"), coin("es"), coin("pt"));
        assertThat(verdict.coins()).containsExactlyInAnyOrderElementsOf(TREATY);
    }

    @Test
    void aDesignOfOneCountryIsAlwaysItsCoin() {
        CatalogEntry athens = CoinCatalog.bundled().byId("gr-2004-olympic-games-in-athens-2004").orElseThrow();

        CountryReading.Verdict verdict = CountryReading.read(List.of(athens), Map.of(athens.id(), 0.1));

        assertThat(verdict.coin()).contains(athens);
        assertThat(verdict.coins()).containsExactly(athens);
    }
}
