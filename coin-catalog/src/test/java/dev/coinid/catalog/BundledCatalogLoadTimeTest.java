package dev.coinid.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Measures reading the bundled catalog from its resource after JVM warm-up: the work
 * {@link CoinCatalog#bundled()} does once (later calls return the cached instance).
 */
class BundledCatalogLoadTimeTest {

    private static final int WARM_UP_LOADS = 100;
    private static final int TIMED_LOADS = 30;

    @Test
    void readsTheBundledCatalogWellUnder100MillisecondsOnceWarm() {
        for (int i = 0; i < WARM_UP_LOADS; i++) {
            assertThat(loadFromResource().size()).isEqualTo(660);
        }
        long[] nanos = new long[TIMED_LOADS];
        for (int i = 0; i < TIMED_LOADS; i++) {
            long start = System.nanoTime();
            CoinCatalog catalog = loadFromResource();
            nanos[i] = System.nanoTime() - start;
            assertThat(catalog.size()).isEqualTo(660);
        }
        Arrays.sort(nanos);
        double medianMs = nanos[TIMED_LOADS / 2] / 1e6;
        double maxMs = nanos[TIMED_LOADS - 1] / 1e6;
        // printed, not logged: the test runs inside module dev.coinid.catalog, which does not read SLF4J
        System.out.printf(java.util.Locale.ROOT,
                "bundled catalog load after warm-up: median %.2f ms, max %.2f ms over %d loads%n",
                medianMs, maxMs, TIMED_LOADS);

        assertThat(medianMs).isLessThan(100.0);
    }

    private static CoinCatalog loadFromResource() {
        try (InputStream in = CoinCatalog.class.getResourceAsStream("euro2-catalog.json")) {
            return CoinCatalog.read(in, "bundled euro2-catalog.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
