package dev.coinid.cli.serve;

import dev.coinid.match.DesignIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code coinid serve [--port 8080] [--bind 127.0.0.1] [--index <dir>]}: serves the web page on which a collector
 * photographs coins with a phone and sees which they are, and its HTTP API ({@link CoinIdServer}), until stopped
 * with Ctrl-C. It listens on the loopback address unless {@code --bind} names another; {@code --bind 0.0.0.0}
 * (every interface, for a phone on the same network) prints a warning that anyone on that network can use it.
 */
@Command(name = "serve", sortOptions = false,
        description = {"Serves a web page on which a phone photographs coins and sees which they are, and its HTTP API "
            + "(POST /api/identify, GET /api/catalog/{id}, GET /health), until stopped with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "<port>",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "<address>",
            description = {"The address to listen on (default: ${DEFAULT-VALUE}, this computer only). "
                + "0.0.0.0 lets a phone on the same network reach it, and anyone else on that network too."})
    String bind;

    @Option(names = "--index", paramLabel = "<index-dir>",
            description = "An index saved by 'coinid index'. Default: the bundled index of every 2-euro design.")
    Path indexDirectory;

    @Option(names = "--tilted", description = "Photos may show coins at a slant: find their rims as ellipses too and undo a "
            + "close-up's perspective (about 2.5 times slower).")
    boolean tilted;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, was " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind: no such address: " + bind);
        }
        DesignIndex index = (indexDirectory == null ? DesignIndex.bundled() : DesignIndex.load(indexDirectory))
                .withTiltCorrection(tilted);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CoinIdServer server = CoinIdServer.start(index, bind, port, ServeLimits.defaults());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "coinid-serve-stop"));
        if (address.isAnyLocalAddress()) {
            err.println("coinid: warning: listening on every network interface: anyone on this network can use "
                    + "this server; use it on a network you trust, and stop it (Ctrl-C) when done");
            for (String host : siteAddresses()) {
                out.println("coinid serve: open " + server.url(host) + " on a phone on this network");
            }
        } else if (!address.isLoopbackAddress()) {
            err.println("coinid: warning: listening on " + bind + ": anyone who reaches that address can use it");
        }
        out.println("coinid serve: " + server.url(address.isAnyLocalAddress() ? "127.0.0.1" : bind)
                + " (" + index.designs().size() + " designs; Ctrl-C to stop)");
        out.flush();
        err.flush();
        stopped.await();
        return 0;
    }

    /** This computer's addresses on its local networks, where a phone on the same network reaches it. */
    private static List<String> siteAddresses() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a.isSiteLocalAddress() && !a.isLoopbackAddress())
                    .map(InetAddress::getHostAddress).toList();
        } catch (SocketException e) {
            return List.of();
        }
    }
}
