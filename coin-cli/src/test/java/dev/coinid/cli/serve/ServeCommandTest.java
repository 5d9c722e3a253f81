package dev.coinid.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.cli.CoinIdCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code coinid serve}'s options: what it refuses before it starts anything. */
class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsAUsageError() {
        StringWriter err = new StringWriter();
        int exitCode = CoinIdCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "serve", "--port", "70000");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be 0..65535, was 70000");
    }

    @Test
    void anAddressThatIsNoneIsAUsageError() {
        StringWriter err = new StringWriter();
        int exitCode = CoinIdCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "serve", "--bind", "1::2::3");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("--bind: no such address: 1::2::3");
    }

    @Test
    void helpNamesTheLoopbackDefaultAndTheRoutes() {
        StringWriter out = new StringWriter();
        CoinIdCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "serve", "--help");

        assertThat(out.toString()).contains("POST /api/identify", "default: 127.0.0.1", "default: 8080");
    }
}
