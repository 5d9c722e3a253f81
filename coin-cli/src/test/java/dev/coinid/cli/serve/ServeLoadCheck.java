package dev.coinid.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.match.DesignIndex;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load check of {@code coinid serve} (opt-in, {@code -Pchecks}): {@code -Dcoinid.serve.load=N} requests
 * (default 300) of one single-coin photo (640x480 JPEG), from {@code -Dcoinid.serve.clients=C} clients at once (default 2), to a server in this JVM. It
 * prints the median and 99th-percentile latency and, every tenth of the run, the heap after a collection and the
 * process's resident memory, and fails if either grows by more than 64 MB from the first tenth to the end, or if a
 * request is not answered 200 with the photo's design.
 *
 * <pre>
 * mvn -B -o verify -Pchecks -pl coin-cli -Dtest=ServeLoadCheck -Dcoinid.serve.load=1000 -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("check")
class ServeLoadCheck {

    private static final long MB = 1024 * 1024;

    @Test
    void manyRequestsKeepMemoryFlatAndAnswerQuickly() throws Exception {
        int requests = Integer.getInteger("coinid.serve.load", 300);
        int clients = Integer.getInteger("coinid.serve.clients", 2);
        byte[] photo = TestPhotos.design();
        HttpClient http = HttpClient.newHttpClient();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<long[]> memory = new ArrayList<>(); // requests done, heap, RSS
        AtomicInteger sent = new AtomicInteger();
        long started;
        try (CoinIdServer server = CoinIdServer.start(DesignIndex.bundled(), "127.0.0.1", 0, ServeLimits.defaults())) {
            URI identify = server.url("127.0.0.1").resolve("/api/identify");
            MultipartForm form = new MultipartForm().file("photo", "coin.jpg", "image/jpeg", photo);
            for (int warmUp = 0; warmUp < 20; warmUp++) {
                http.send(form.post(identify), HttpResponse.BodyHandlers.ofString());
            }
            started = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(pool.submit(() -> {
                        for (int n = sent.getAndIncrement(); n < requests; n = sent.getAndIncrement()) {
                            long t0 = System.nanoTime();
                            HttpResponse<String> response = http.send(form.post(identify),
                                    HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - t0);
                            if (response.statusCode() != 200 || !response.body().contains(TestPhotos.DESIGN)) {
                                throw new IllegalStateException("request " + n + ": " + response.statusCode() + " "
                                        + response.body());
                            }
                        }
                        return null;
                    }));
                }
                int step = Math.max(1, requests / 10);
                for (int next = step; next <= requests; next += step) {
                    while (latencies.size() < next && running.stream().noneMatch(Future::isDone)) {
                        Thread.sleep(20);
                    }
                    memory.add(new long[] {latencies.size(), heapAfterCollection(), residentBytes()});
                }
                for (Future<?> client : running) {
                    client.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "coinid serve load check: %d requests (%d clients) in %.0f s (%.1f/s); latency "
                + "median %.0f ms, p99 %.0f ms, max %.0f ms; %d cores; load average %s%n", sorted.size(), clients,
                seconds, sorted.size() / seconds, percentile(sorted, 0.5), percentile(sorted, 0.99),
                percentile(sorted, 1.0), Runtime.getRuntime().availableProcessors(), loadAverage());
        for (long[] sample : memory) {
            System.out.printf(Locale.ROOT, "  after %4d requests: heap %4d MB, RSS %4d MB%n", sample[0],
                    sample[1] / MB, sample[2] / MB);
        }
        assertThat(sorted).hasSize(requests);
        long[] first = memory.get(0);
        long[] last = memory.get(memory.size() - 1);
        assertThat(last[1] - first[1]).as("heap growth").isLessThan(64 * MB);
        assertThat(last[2] - first[2]).as("RSS growth").isLessThan(64 * MB);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static long heapAfterCollection() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The process's resident memory, from /proc (0 where there is none). */
    private static long residentBytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).strip() : "unknown";
    }
}
