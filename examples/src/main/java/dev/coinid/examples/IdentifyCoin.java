package dev.coinid.examples;

import dev.coinid.image.ImageSource;
import dev.coinid.match.DesignIndex;
import dev.coinid.match.Identification;

import java.nio.file.Path;

/**
 * Identification in three lines, as the README shows it first: which 2-euro design a photo shows,
 * from the references coinid ships, with nothing to set up.
 *
 * <p>Run: {@code java -cp coin-cli/target/coinid.jar:examples/target/examples-0.1.0-SNAPSHOT.jar dev.coinid.examples.IdentifyCoin <photo>}.
 */
public final class IdentifyCoin {

    private IdentifyCoin() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: IdentifyCoin <photo>");
            System.exit(2);
        }
        Identification id = DesignIndex.bundled().identify(ImageSource.of(Path.of(args[0])));
        System.out.println(id.describe());
        id.coin().ifPresent(coin -> System.out.println(coin.designer().orElse("designer unknown") + ", issued "
                + coin.issueDate().map(Object::toString).orElse("on a date unknown")));
    }
}
