package dev.coinid.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks that an index is safe to share between threads: it answers each photo alike on eight
 * threads at once and on one.
 */
final class ConcurrentIdentification {

    private ConcurrentIdentification() {
    }

    /** Identifies {@code photos} one after the other, then all at once on eight threads; asserts the same answers. */
    static void assertSameAnswersOnEightThreads(DesignIndex index, List<RgbImage> photos) throws Exception {
        List<Identification> alone = photos.stream().map(ImageSource::of).map(index::identify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Identification>> futures = new ArrayList<>();
            for (RgbImage photo : photos) {
                futures.add(pool.submit(() -> index.identify(ImageSource.of(photo))));
            }
            for (int i = 0; i < photos.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
