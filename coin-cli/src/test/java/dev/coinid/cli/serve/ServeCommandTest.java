package dev.coinid.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.cli.CliRun;
import dev.coinid.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/** {@code coinid serve}'s options: what it refuses before it starts anything. */
class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--port must be 0..65535, was 70000");
    }

    @Test
    void anAddressThatIsNoneIsAUsageError() {
        CliRun run = CliRun.of("serve", "--bind", "1::2::3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--bind: no such address: 1::2::3");
    }

    @Test
    void helpNamesTheLoopbackDefaultAndTheRoutes() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.out()).contains("POST /api/identify", "default: 127.0.0.1", "default: 8080");
    }
}
