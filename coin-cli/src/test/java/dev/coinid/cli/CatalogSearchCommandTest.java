package dev.coinid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogSearchCommandTest {

    /** Every word must match: a theme and its city, or a country and a year. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            olympic | athens | match 'olympic athens'       | "Commemorative 2-euro coin, Greece 2004: Olympic Games in Athens 2004" | gr-2004-olympic-games-in-athens-2004
            vatican | 2006   | 2 coins match 'vatican 2006' | "Commemorative 2-euro coin, Vatican City 2006: "                       | va-2006-5th-centenary-of-the-swiss-pontifical-guard
            """)
    void findsCoinsByEveryWordOfTheQuery(String word, String otherWord, String heading, String description, String id) {
        CliRun run = CliRun.of("catalog", "search", word, otherWord);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(heading).contains(description).contains(id);
    }

    @Test
    void printsJsonWithTheFactsOfEachCoin() throws IOException {
        CliRun run = CliRun.of("catalog", "search", "--json", "pontifical", "guard");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode coins = JsonMapper.builder().build().readTree(run.out());
        assertThat(coins).isNotEmpty();
        assertThat(coins.findValuesAsText("id")).contains("va-2006-5th-centenary-of-the-swiss-pontifical-guard");
        JsonNode vatican = coins.get(0);
        assertThat(vatican.get("countryCode").asText()).isEqualTo("va");
        assertThat(vatican.get("type").asText()).isEqualTo("commemorative");
        assertThat(vatican.get("country").asText()).isEqualTo("Vatican City");
        assertThat(vatican.has("mintage")).isTrue();
        assertThat(vatican.has("rarity")).isTrue();
    }

    @Test
    void saysSoWhenNothingMatches() {
        CliRun run = CliRun.of("catalog", "search", "zeppelin");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("No coin in the catalog matches 'zeppelin'");
    }

    @Test
    void limitsTheListAndSaysHowManyMatched() {
        CliRun run = CliRun.of("catalog", "search", "--limit", "2", "germany");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).containsPattern("\\d+ coins match 'germany', showing 2:");
        assertThat(run.out().lines().filter(l -> l.startsWith("  Commemorative") || l.startsWith("  Regular")))
                .hasSize(2);
    }

    @Test
    void aMissingCatalogFileIsBadInput() {
        CliRun run = CliRun.of("catalog", "search", "--catalog", "no-such-catalog.json", "athens");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().contains("no-such-catalog.json");
    }

    @Test
    void theCatalogCommandNeedsASubcommand() {
        assertThat(CliRun.of("catalog").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("catalog", "search").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
