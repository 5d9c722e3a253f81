package dev.coinid.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;

/**
 * Turns a command line that cannot be parsed (an unknown option, a missing argument, a value out
 * of range) into one line on standard error that says what is wrong and which help to read,
 * instead of the whole usage text; exit code {@link ExitCodes#USAGE}.
 */
final class UsageErrorReport implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine commandLine = problem.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String message = String.valueOf(problem.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
        err.println(commandLine.getColorScheme().errorText("coinid: " + message + " (see '"
                + commandLine.getCommandSpec().qualifiedName() + " --help')"));
        err.flush();
        return ExitCodes.USAGE;
    }
}
