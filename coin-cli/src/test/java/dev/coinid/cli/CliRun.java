package dev.coinid.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One run of the {@code coinid} command line inside the test's JVM, with what it printed: the
 * exit code, standard output and standard error. Public for the tests of the {@code serve}
 * package.
 *
 * @param exitCode the exit code {@code coinid} returned
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code coinid args...} in-process and captures both streams. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = CoinIdCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The non-blank lines of standard error. */
    public List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }
}
