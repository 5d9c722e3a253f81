package dev.coinid.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.classification.Classification;
import dev.coinid.classification.LabelScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLookupTest {

    private final CatalogLookup lookup = CatalogLookup.of(CoinCatalog.bundled(), LabelMapping.seedClasses());

    @Test
    void describesTheAthensCoinAsACommemorativeRankedByItsMintage() {
        CatalogMatch coin = lookup.lookUp(classified("Atenas", 0.91f, "Vaticano", 0.06f));

        assertThat(coin.describe())
                .isEqualTo("Commemorative 2-euro coin, Greece 2004: Olympic Games in Athens 2004, mintage 35,000,000 (rank 601 of 603"
                        + " by lowest mintage)");
        assertThat(coin.isCommemorative()).isTrue();
        assertThat(coin.isInCatalog()).isTrue();
        assertThat(coin.coin()).hasValueSatisfying(entry ->
                assertThat(entry.id()).isEqualTo("gr-2004-olympic-games-in-athens-2004"));
        assertThat(coin.rarity()).hasValueSatisfying(rarity -> assertThat(rarity.isRanked()).isTrue());
    }

    @Test
    void carriesTheLabelConfidenceAndRunnersUp() {
        Classification classification = classified("Atenas", 0.91f, "Vaticano", 0.06f);

        CatalogMatch coin = lookup.lookUp(classification);

        assertThat(coin.photo()).isEqualTo("photo.jpg");
        assertThat(coin.label()).isEqualTo("Atenas");
        assertThat(coin.confidence()).isEqualTo(0.91f);
        assertThat(coin.topK()).isEqualTo(classification.topK());
    }

    @Test
    void ranksTheSwissGuardCoinByItsMintage() {
        CatalogMatch coin = lookup.lookUp(classified("Vaticano", 0.8f, "Atenas", 0.1f));

        assertThat(coin.describe()).isEqualTo("Commemorative 2-euro coin, Vatican City 2006: 5th centenary of the"
                + " Swiss Pontifical Guard, mintage 100,000 (rank 83 of 603 by lowest mintage)");
        assertThat(coin.rarity()).hasValueSatisfying(rarity -> {
            assertThat(rarity.rank()).hasValue(83);
            assertThat(rarity.rankedCoins()).isEqualTo(603);
        });
    }

    @Test
    void describesFrancesTreeAsARegularCoinWithoutRarity() {
        CatalogMatch coin = lookup.lookUp(classified("Francia", 0.7f, "Altamira", 0.2f));

        assertThat(coin.isCommemorative()).isFalse();
        assertThat(coin.describe()).isEqualTo(
                "Regular 2-euro coin, France (design since 1999): Tree of life with Liberté Égalité Fraternité");
    }

    @Test
    void describesTheAltamiraCoin() {
        CatalogMatch coin = lookup.lookUp(classified("Altamira", 0.55f, "Francia", 0.4f));

        assertThat(coin.isCommemorative()).isTrue();
        assertThat(coin.describe()).isEqualTo(
                "Commemorative 2-euro coin, Spain 2015: Cave of Altamira (UNESCO World Heritage), mintage 4,210,000"
                        + " (rank 511 of 603 by lowest mintage)");
    }

    @Test
    void saysALabelWithoutMappingIsNotInTheCatalog() {
        CatalogMatch coin = lookup.lookUp(classified("Euro", 0.99f, "Atenas", 0.01f));

        assertThat(coin.isInCatalog()).isFalse();
        assertThat(coin.isCommemorative()).isFalse();
        assertThat(coin.coin()).isEmpty();
        assertThat(coin.rarity()).isEmpty();
        assertThat(coin.describe()).isEqualTo("Label 'Euro' is not in the catalog");
    }

    private static Classification classified(String best, float bestProbability, String second, float secondProbability) {
        List<LabelScore> topK = List.of(new LabelScore(best, bestProbability), new LabelScore(second, secondProbability));
        return new Classification("photo.jpg", topK, topK);
    }
}
