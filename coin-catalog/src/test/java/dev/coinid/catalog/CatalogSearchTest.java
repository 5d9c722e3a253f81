package dev.coinid.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogSearchTest {

    private final CoinCatalog catalog = CoinCatalog.bundled();

    /** A query that names one coin finds it alone: by a word of its theme, its country's name, or despite accents. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one word of its theme                  | Altamira          | es-2015-cave-of-altamira-unesco-world-heritage
            a country name and a theme word        | vatican guard     | va-2006-5th-centenary-of-the-swiss-pontifical-guard
            words without their accents and commas | liberté, egalite  | regular-fr-1999-tree-of-life-with-liberte-egalite-fraternite
            """)
    void findsTheOneCoinAQueryNames(String how, String query, String id) {
        assertThat(catalog.search(query)).extracting(CatalogEntry::id).containsExactly(id);
    }

    @Test
    void ignoresCaseAndMatchesPartsOfWords() {
        assertThat(catalog.search("OLYMPIC")).extracting(CatalogEntry::id)
                .contains("gr-2004-olympic-games-in-athens-2004",
                        "gr-2011-special-olympics-world-summer-games-athens-2011")
                .isEqualTo(catalog.search("olympic").stream().map(CatalogEntry::id).toList());
    }

    @Test
    void requiresEveryWordToMatch() {
        assertThat(catalog.search("olympic athens")).extracting(CatalogEntry::id)
                .containsExactly("gr-2004-olympic-games-in-athens-2004",
                        "gr-2011-special-olympics-world-summer-games-athens-2011");
        assertThat(catalog.search("olympic athens 2004")).extracting(CatalogEntry::id)
                .containsExactly("gr-2004-olympic-games-in-athens-2004");
        assertThat(catalog.search("altamira olympic")).isEmpty();
    }

    @Test
    void aYearMatchesTheYearOfIssue() {
        // the Swiss Guard commemorative and the regular design of Pope Benedict XVI, first struck in 2006
        assertThat(catalog.search("vatican 2006")).extracting(CatalogEntry::id)
                .containsExactly("va-2006-5th-centenary-of-the-swiss-pontifical-guard",
                        "regular-va-2006-pope-benedict-xvi");
        assertThat(catalog.search("2006")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.year() == 2006 || entry.theme().contains("2006")).isTrue())
                .hasSameSizeAs(catalog.entries().stream()
                        .filter(entry -> entry.year() == 2006 || entry.theme().contains("2006")).toList());
        assertThat(catalog.search("vatican 2005")).extracting(CatalogEntry::id)
                .doesNotContain("va-2006-5th-centenary-of-the-swiss-pontifical-guard");
    }

    @Test
    void rejectsAQueryWithoutWords() {
        assertThatThrownBy(() -> catalog.search("  ,; "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one word");
    }
}
