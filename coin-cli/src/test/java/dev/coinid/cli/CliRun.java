package dev.coinid.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One run of the {@code coinid} command line inside the test's JVM, with what it printed: the
 * exit code, standard output and standard error.
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code coinid args...} in-process and captures both streams. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = CoinIdCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The non-blank lines of standard error. */
    List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }
}
