package dev.coinid.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.coinid.error.CoinIdException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Turns an exception thrown by a subcommand into one line on standard error and an exit code
 * ({@link ExitCodes}): a user sees what went wrong with which file, never a stack trace, unless
 * they ran with {@code --verbose}.
 */
final class FailureReport implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int exitCode = exitCodeOf(failure);
        String message = messageOf(failure);
        err.println(commandLine.getColorScheme().errorText("coinid: " + (exitCode == ExitCodes.INTERNAL_ERROR
                ? "internal error: " + message + (isVerbose(parseResult) ? "" : " (run with --verbose for details)")
                : message)));
        if (isVerbose(parseResult)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /**
     * A photo of a batch that could not be read: one line on standard error and, where {@code report}
     * is not null (the {@code --json} array), its {@code {"photo", "error"}} object; the batch goes on.
     */
    static void reportPhoto(String photo, Throwable failure, ArrayNode report, PrintWriter err) {
        String message = messageOf(failure);
        err.println("coinid: " + message);
        if (report != null) {
            report.addObject().put("photo", photo).put("error", message);
        }
    }

    /** The documented exit code of a failure. */
    static int exitCodeOf(Throwable failure) {
        if (failure instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (failure instanceof CoinIdException || failure instanceof IOException
                || failure instanceof UncheckedIOException || failure instanceof IllegalArgumentException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The failure's message on one line; prefixed with its type unless it is one of ours that explains itself. */
    static String messageOf(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        boolean explainsItself = failure instanceof CoinIdException || failure instanceof IllegalArgumentException
                || failure instanceof UncheckedIOException;
        String line = explainsItself && !message.isEmpty() ? message
                : failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return line.replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
