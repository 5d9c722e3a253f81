package dev.coinid.cli;

/**
 * The exit codes of the {@code coinid} command, for scripts: 0 when it worked, 1 when the input
 * or data was bad (a missing folder, a folder with one class, a file that is not an image, a
 * missing or damaged model), 2 when the command line itself was wrong, 3 for anything else (a
 * bug or a failure of the machine, such as running out of memory).
 */
public final class ExitCodes {

    /** The command did what it was asked. */
    public static final int OK = 0;
    /** A file, folder, model, catalog or mapping it was given cannot be used. */
    public static final int BAD_INPUT = 1;
    /** An unknown subcommand or option, a missing argument or a value out of range. */
    public static final int USAGE = 2;
    /** An unexpected failure; {@code --verbose} shows its stack trace. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
