package dev.coinid.cli;

import dev.coinid.cli.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The {@code coinid} command: train a coin classifier on a folder of photos, evaluate it,
 * classify photos with catalog facts, and search the 2-euro catalog. Failures print one line
 * and exit with a documented code ({@link ExitCodes}); {@code --verbose} adds the stack trace.
 *
 * <pre>
 * java -jar coin-cli/target/coinid.jar train photos/ --group-key 'IMG_\d+_\d+' -o my-model
 * ./coinid classify my-model coin.jpg --json
 * </pre>
 */
@Command(name = "coinid", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        scope = ScopeType.INHERIT, // -h, -V, --verbose and the exit-code list on every subcommand too
        description = "Tells from a photo of a coin which coin it is, whether a 2-euro coin is commemorative, "
                + "and its catalog facts.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, ClassifyCommand.class, IndexCommand.class,
            IdentifyCommand.class, CatalogCommand.class, ServeCommand.class,
            HelpCommand.class},
        exitCodeOnSuccess = ExitCodes.OK,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:it worked",
            "1:bad input or data: a missing folder, a folder with one class, a file that is not an image, "
                    + "a missing or damaged model, index, catalog or mapping",
            "2:usage error: unknown subcommand or option, missing argument, value out of range",
            "3:internal error (run with --verbose for the stack trace)"})
public final class CoinIdCli {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace as well as the one-line message.")
    boolean verbose;

    /** The SLF4J Simple property that sets how much the library logs. */
    private static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    /**
     * Runs the command line and exits the JVM with its exit code. The library's own log lines
     * show only with {@code --verbose} (or {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=info}).
     * Standard output and error are flushed before the JVM exits, so everything a command
     * printed reaches a pipe or a redirected file too.
     */
    public static void main(String[] args) {
        if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            System.setProperty(LOG_LEVEL_PROPERTY, Arrays.asList(args).contains("--verbose") ? "info" : "warn");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line in this JVM, writing to {@code out} and {@code err}, and returns the
     * exit code instead of exiting: what tests and embedding programs call.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command line: subcommands, case-insensitive enum values, one-line errors. */
    public static CommandLine commandLine() {
        return new CommandLine(new CoinIdCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrorReport())
                .setExecutionExceptionHandler(new FailureReport());
    }
}
