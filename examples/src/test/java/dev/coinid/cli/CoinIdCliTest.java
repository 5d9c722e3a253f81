package dev.coinid.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CoinIdCliTest {

    @TempDir
    Path temp;

    @Test
    void withoutASubcommandItIsAUsageErrorThatShowsTheUsage() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Usage: coinid", "train", "evaluate", "classify", "catalog");
    }

    @Test
    void anUnknownSubcommandOrOptionIsAUsageError() {
        assertThat(CliRun.of("identify", "coin.jpg").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("classify", "--colour", "model", "coin.jpg").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("classify", "model").exitCode()).as("no image").isEqualTo(ExitCodes.USAGE);
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
