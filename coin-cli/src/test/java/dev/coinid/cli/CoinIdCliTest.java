package dev.coinid.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CoinIdCliTest {

    @TempDir
    Path temp;

    @Test
    void withoutASubcommandItIsAUsageErrorPointingToTheHelp() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("coinid: ").contains("subcommand").endsWith("(see 'coinid --help')");
    }

    @Test
    void anUnknownSubcommandOrOptionIsAUsageErrorOnOneLine() {
        CliRun unknownCommand = CliRun.of("identfy", "coin.jpg");
        CliRun unknownOption = CliRun.of("classify", "--colour", "model", "coin.jpg");
        CliRun missingImage = CliRun.of("classify", "model");

        for (CliRun run : new CliRun[] {unknownCommand, unknownOption, missingImage}) {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).hasSize(1);
        }
        assertThat(unknownOption.err()).contains("--colour").contains("(see 'coinid classify --help')");
        assertThat(missingImage.err()).contains("<image>");
    }

    @Test
    void theHelpDocumentsTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Exit codes:").containsPattern("0\\s+it worked")
                .containsPattern("1\\s+bad input").containsPattern("2\\s+usage error").containsPattern("3\\s+internal error");
    }

    @Test
    void verboseAddsTheStackTraceToTheOneLineMessage() {
        Path missing = temp.resolve("missing");

        CliRun quiet = CliRun.of("classify", missing.toString(), "coin.jpg");
        CliRun verbose = CliRun.of("classify", "--verbose", missing.toString(), "coin.jpg");

        assertThat(quiet.errLines()).hasSize(1);
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(quiet.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(verbose.errLines().get(0)).isEqualTo(quiet.errLines().get(0));
        assertThat(verbose.err()).contains("\tat dev.coinid.");
    }

    @Test
    void theVersionNamesCoinid() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("coinid ");
    }
}
