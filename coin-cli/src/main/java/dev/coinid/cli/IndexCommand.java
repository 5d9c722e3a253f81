package dev.coinid.cli;

import dev.coinid.match.DesignIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code coinid index <references-folder>... -o <index-dir>}: builds an index of 2-euro designs
 * from reference pictures and saves it, reporting progress on standard error.
 */
@Command(name = "index", sortOptions = false,
        description = {"Builds an index of 2-euro designs from reference pictures, for 'coinid identify'.",
            "A folder holds pictures named <catalog id>.jpg, or sub-folders <catalog id>/ of pictures of one coin."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<references-folder>", description = "Folders of reference pictures.")
    List<Path> folders;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<index-dir>",
            description = "Where to save the index (a directory; an older index there is replaced).")
    Path output;

    @Mixin
    CatalogOption catalog = new CatalogOption();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        DesignIndex index = DesignIndex.builder()
                .catalog(catalog.read())
                .listener((done, total, picture) -> {
                    if (done == total || done % Math.max(1, total / 10) == 0) {
                        synchronized (err) {
                            err.printf(Locale.ROOT, "described %d of %d reference pictures%n", done, total);
                            err.flush();
                        }
                    }
                })
                .build(folders);
        index.save(output);
        out.printf(Locale.ROOT, "Index of %d pictures (%d designs) saved to %s in %.1f s%n", index.size(),
                index.designs().size(), output, (System.nanoTime() - start) / 1e9);
        out.println("Covers " + index.coverage().describe());
        out.flush();
        return ExitCodes.OK;
    }
}
