package dev.coinid.match;

import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory over many identifications (opt-in, {@code -Pchecks}): {@code -Dcoinid.identify.calls=N}
 * calls (default 10,000) of photos of 40 made-up designs, 100 per {@code identifyAll} batch on all
 * cores, verification on. It prints the heap after a collection and the resident memory every tenth
 * of the run, and fails if the heap in use, or the resident memory outside the committed heap (what
 * a native leak would grow; the collector commits and returns heap as it likes), grows by more than
 * 32 MB: the lowest of the last half of the run against the lowest of the first half (the allocator
 * keeps and returns memory in swings of a few hundred MB; a leak raises the floor).
 *
 * <pre>
 * mvn -B -o verify -Pchecks -pl coin-match -Dtest=IdentifyMemoryCheck -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("check")
class IdentifyMemoryCheck {

    private static final long MB = 1024 * 1024;
    private static final int BATCH = 100;

    @Test
    @EnabledOnOs(OS.LINUX)
    void tenThousandIdentificationsKeepHeapAndResidentMemoryFlat(@TempDir Path temp) throws IOException {
        int calls = Integer.getInteger("coinid.identify.calls", 10_000);
        SyntheticGallery gallery = SyntheticGallery.write(temp.resolve("gallery"), 40);
        DesignIndex index = DesignIndex.builder().build(List.of(gallery.folder));
        SplittableRandom random = new SplittableRandom(3);
        List<ImageSource> photos = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            int design = random.nextInt(gallery.designs.size());
            RgbImage photo = SyntheticGallery.DESIGNS.photo(gallery.designs.get(design), Shot.random(random), 400, 400);
            photos.add(ImageSource.of(photo));
        }
        index.identifyAll(photos); // warm-up: the JIT, the pools

        List<long[]> memory = new ArrayList<>(); // calls done, heap in use, RSS, RSS outside the committed heap
        int step = Math.max(BATCH, calls / 10);
        long started = System.nanoTime();
        for (int done = 0; done < calls; done += BATCH) {
            List<Outcome<Identification>> answers = index.identifyAll(photos);
            assertThat(answers).allMatch(Outcome::succeeded);
            if ((done + BATCH) % step == 0) {
                long heap = heapAfterCollection();
                long resident = residentBytes();
                memory.add(new long[] {done + BATCH, heap, resident, resident - Runtime.getRuntime().totalMemory()});
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "identify memory check: %d calls in %.0f s (%.1f ms a call on all cores)%n",
                calls, seconds, 1000 * seconds / calls);
        memory.forEach(m -> System.out.printf(Locale.ROOT, "  after %6d calls: heap %4d MB, RSS %4d MB, outside the heap %4d MB%n",
                m[0], m[1] / MB, m[2] / MB, m[3] / MB));
        int half = memory.size() / 2;
        assertThat(floor(memory.subList(half, memory.size()), 1) - floor(memory.subList(0, half), 1))
                .as("heap growth").isLessThan(32 * MB);
        assertThat(floor(memory.subList(half, memory.size()), 3) - floor(memory.subList(0, half), 3))
                .as("growth of the resident memory outside the heap").isLessThan(32 * MB);
    }

    private static long floor(List<long[]> samples, int column) {
        return samples.stream().mapToLong(sample -> sample[column]).min().orElseThrow();
    }

    private static long heapAfterCollection() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
