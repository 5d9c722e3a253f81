package dev.coinid.cli;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelRule;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * How a subcommand reads a folder of labelled photos: one sub-folder per class
 * ({@code coins/Atenas/*.jpg}), or one flat folder whose file names carry the label
 * ({@code Atenas0 (78).jpg}, the original experiment's layout). By default the layout is told
 * from the folder: sub-folders mean folder per class.
 */
final class DatasetOptions {

    /** The ways a folder of photos can be laid out. */
    enum Layout {
        /** Folder per class when the folder has sub-folders, else labels from file names. */
        AUTO,
        /** One sub-folder per class, named after it. */
        FOLDERS,
        /** One flat folder; the label is read from each file name. */
        NAMES
    }

    @Option(names = "--layout", defaultValue = "AUTO", paramLabel = "<layout>",
            description = "How the folder is laid out: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                    + "sub-folders mean one folder per class, else labels come from file names).")
    Layout layout = Layout.AUTO;

    @Option(names = "--label-regex", paramLabel = "<regex>",
            description = "With labels in file names: the label is the first match of this regex in the name "
                    + "(or its first group). Default: the name before its first '0', as in the original "
                    + "experiment ('Atenas0 (78).jpg' is Atenas).")
    String labelRegex;

    /** Reads {@code folder} as this layout says; lazily, no picture is decoded yet. */
    ImageDataset read(Path folder) {
        return switch (resolvedLayout(folder)) {
            case FOLDERS -> ImageDataset.fromClassFolders(folder);
            case NAMES -> ImageDataset.fromFileNames(folder, labelRule());
            case AUTO -> throw new IllegalStateException("layout not resolved");
        };
    }

    /** The layout {@code folder} is read with: the one asked for, or the one its content shows. */
    Layout resolvedLayout(Path folder) {
        if (layout != Layout.AUTO) {
            return layout;
        }
        if (!Files.isDirectory(folder)) {
            return Layout.FOLDERS; // the reader names the missing folder
        }
        try (Stream<Path> entries = Files.list(folder)) {
            boolean hasSubFolders = entries.anyMatch(p -> Files.isDirectory(p)
                    && !p.getFileName().toString().startsWith("."));
            return hasSubFolders ? Layout.FOLDERS : Layout.NAMES;
        } catch (IOException e) {
            return Layout.FOLDERS; // the reader reports why the folder cannot be listed
        }
    }

    /** Fails with a usage error when {@code --label-regex} is not a valid regex. */
    void checkOptions(CommandLine commandLine) {
        if (labelRegex == null) {
            return;
        }
        try {
            Pattern.compile(labelRegex);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(commandLine, "--label-regex is not a valid regex: " + e.getDescription()
                    + " in '" + labelRegex + "'");
        }
    }

    private LabelRule labelRule() {
        return labelRegex == null ? LabelRule.prefixBeforeFirstZero() : LabelRule.regex(labelRegex);
    }
}
