package dev.coinid.catalog;

import static dev.coinid.catalog.CatalogFixture.catalog;
import static dev.coinid.catalog.CatalogFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RarityTest {

    private final CoinCatalog bundled = CoinCatalog.bundled();

    @Test
    void ranksEveryCommemorativeAsCountingFewerStruckCoinsInTheRawJsonDoes() throws Exception {
        List<JsonNode> rawCommemoratives = new ArrayList<>();
        try (InputStream in = CoinCatalog.class.getResourceAsStream("euro2-catalog.json")) {
            JsonMapper.builder().build().readTree(in).get("coins").forEach(coin -> {
                if (coin.get("type").asText().equals("commemorative") && !coin.get("mintage").isNull()) {
                    rawCommemoratives.add(coin);
                }
            });
        }
        assertThat(rawCommemoratives).hasSize(603);

        for (JsonNode coin : rawCommemoratives) {
            long mintage = coin.get("mintage").asLong();
            int struckInFewer = 0;
            for (JsonNode other : rawCommemoratives) {
                if (other.get("mintage").asLong() < mintage) {
                    struckInFewer++;
                }
            }
            Rarity rarity = bundled.rarityOf(bundled.byId(coin.get("id").asText()).orElseThrow());
            assertThat(rarity).as(coin.get("id").asText())
                    .isEqualTo(new Rarity(OptionalLong.of(mintage), OptionalInt.of(struckInFewer + 1), 603));
        }
    }

    @Test
    void ranksTheLowestMintageFirstAndTiesTogether() {
        assertThat(rarityOf("cy-2024-20-years-of-cyprus-in-the-european-union").describe())
                .isEqualTo("mintage 7,000 (rank 1 of 603 by lowest mintage)");
        assertThat(rarityOf("mc-2025-county-of-carlades").rank()).hasValue(6);
        assertThat(rarityOf("mc-2025-marquisate-of-baux").rank()).hasValue(6);
        assertThat(rarityOf("va-2006-5th-centenary-of-the-swiss-pontifical-guard").describe())
                .isEqualTo("mintage 100,000 (rank 83 of 603 by lowest mintage)");
    }

    @Test
    void saysUnknownWhenTheMintageIsNotPublished() {
        // the Franco-German Elysee Treaty coin of 2013 is missing from Open Coin Data, and the ECB gave no mintage
        Rarity elysee = rarityOf("de-2013-50th-anniversary-of-the-elysee-treaty");

        assertThat(elysee.isRanked()).isFalse();
        assertThat(elysee.mintage()).isEmpty();
        assertThat(elysee.describe()).isEqualTo("mintage unknown");
    }

    @Test
    void ranksOnlyCommemorativesSharingRanksOnEqualMintage() {
        CoinCatalog small = read(catalog(
                commemorative("gr-2004-a", "20"),
                commemorative("gr-2004-b", "10"),
                commemorative("gr-2004-c", "5"),
                commemorative("gr-2004-d", "10"),
                commemorative("gr-2004-e", "null"),
                """
                {"id": "regular-gr-2001-owl", "country_code": "gr", "country_name": "Greece", "year": 2001,
                 "type": "regular", "theme": "Owl", "mintage": 1}"""));

        assertThat(small.stream().map(small::rarityOf).map(Rarity::describe)).containsExactly(
                "mintage 20 (rank 4 of 4 by lowest mintage)",
                "mintage 10 (rank 2 of 4 by lowest mintage)",
                "mintage 5 (rank 1 of 4 by lowest mintage)",
                "mintage 10 (rank 2 of 4 by lowest mintage)",
                "mintage unknown",
                "mintage 1");
    }

    private Rarity rarityOf(String id) {
        return bundled.rarityOf(bundled.byId(id).orElseThrow());
    }

    private static String commemorative(String id, String mintage) {
        return "{\"id\": \"" + id + "\", \"country_code\": \"gr\", \"country_name\": \"Greece\", \"year\": 2004,"
                + " \"type\": \"commemorative\", \"theme\": \"Theme " + id + "\", \"mintage\": " + mintage + "}";
    }
}
