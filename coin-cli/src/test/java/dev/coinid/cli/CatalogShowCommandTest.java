package dev.coinid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.catalog.CoinType;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogShowCommandTest {

    @Test
    void printsEveryFactOfOneCoin() {
        CliRun run = CliRun.of("catalog", "show", "pt-2019-500-years-of-magellan-s-circumnavigation");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Commemorative 2-euro coin, Portugal 2019: 500 years of Magellan's circumnavigation")
                .contains("id: pt-2019-500-years-of-magellan-s-circumnavigation")
                .contains("country: Portugal (pt)")
                .contains("joint issue: no")
                .contains("issue date: 2019-05-08")
                .contains("designer: Luis Filipe de Abreu")
                .contains("mintage 520,000 (rank ")
                .containsPattern("2019\\s+-\\s+500,000\\s+10,000\\s+10,000")
                .contains("source id: PT-2019-200-002-C");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsTheCountriesOfAJointIssueAndEveryMintOfAGermanCoin() {
        CliRun run = CliRun.of("catalog", "show", "de-2009-10th-anniversary-of-economic-and-monetary-union");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("joint issue: .*, 16 countries: .*Austria.*Germany.*Slovenia")
                .containsPattern("2009\\s+A\\s+")
                .containsPattern("2009\\s+J\\s+");
    }

    @Test
    void printsOneJsonObjectInCamelCase() throws IOException {
        CliRun run = CliRun.of("catalog", "show", "--json", "fr-2026-80th-anniversary-of-the-publication-of-the-little");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode coin = JsonMapper.builder().build().readTree(run.out());
        assertThat(coin.isObject()).isTrue();
        assertThat(coin.get("id").asText()).isEqualTo("fr-2026-80th-anniversary-of-the-publication-of-the-little");
        assertThat(coin.get("countryCode").asText()).isEqualTo("fr");
        assertThat(coin.get("year").asInt()).isEqualTo(2026);
        assertThat(coin.get("issueDate").asText()).isEqualTo("2026-01-29");
        assertThat(coin.get("designer").asText()).isEqualTo("Joaquin Jimenez");
        // mintage: struck for circulation, as identify and classify mean it; totalMintage: every quality
        assertThat(coin.get("mintage").asLong()).isZero();
        assertThat(coin.get("totalMintage").asLong()).isEqualTo(320_000);
        assertThat(coin.get("country").asText()).isEqualTo("France");
        assertThat(coin.get("commemorative").asBoolean()).isTrue();
        assertThat(coin.get("mintages")).singleElement().satisfies(row -> {
            assertThat(row.get("year").asInt()).isEqualTo(2026);
            assertThat(row.get("mintMark").isNull()).isTrue();
            assertThat(row.get("circulated").asLong()).isZero();
            assertThat(row.get("brilliantUncirculated").asLong()).isEqualTo(300_000);
            assertThat(row.get("proof").asLong()).isEqualTo(20_000);
        });
        assertThat(coin.get("rarity").isInt()).isTrue();
        assertThat(coin.get("sourceId").asText()).isEqualTo("FR-2026-200-001-C");
        assertThat(coin.get("jointIssue").isNull()).isTrue();
        assertThat(coin.has("note")).isTrue();
    }

    @Test
    void anUnknownIdIsOneLineOnStandardErrorAndAUsageError() {
        CliRun run = CliRun.of("catalog", "show", "xx-2004-no-such-coin");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .contains("no coin with id 'xx-2004-no-such-coin'")
                .contains("coinid catalog show --help");
    }

    @Test
    void needsAnId() {
        assertThat(CliRun.of("catalog", "show").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theCatalogHelpCountsWhatTheBundledCatalogHolds() {
        CoinCatalog bundled = CoinCatalog.bundled();
        int lastYear = bundled.stream().filter(entry -> entry.type() == CoinType.COMMEMORATIVE)
                .mapToInt(entry -> entry.year()).max().orElseThrow();

        assertThat(CatalogCommand.BUNDLED_COUNTS).isEqualTo(bundled.byType(CoinType.COMMEMORATIVE).size()
                + " commemoratives of 2004-" + lastYear + " and " + bundled.byType(CoinType.REGULAR).size()
                + " regular designs");
        assertThat(CliRun.of("catalog", "--help").out().replaceAll("\\s+", " ")).contains(CatalogCommand.BUNDLED_COUNTS);
    }
}
