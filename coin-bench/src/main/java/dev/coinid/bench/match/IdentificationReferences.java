package dev.coinid.bench.match;

import dev.coinid.bench.ScratchDirectory;
import dev.coinid.bench.SharedDatasets;
import dev.coinid.bench.photo.PhonePhoto;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticDesigns;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What the identification benchmarks index and query, named by the benchmarks' {@code references}
 * parameter:
 * <ul>
 *   <li>{@value #GALLERIES}: both shared reference galleries ({@code euro2-commemorative-gallery},
 *       416 pictures, and {@code euro2-regular-gallery}, 34), read in place, queried with the 51
 *       photos of {@code euro2-commemorative-photos} (400x400 JPEGs);</li>
 *   <li>{@code synthetic-N}: N made-up designs ({@link SyntheticDesigns}), each catalog picture
 *       ({@value #CATALOG_PICTURE_SIZE} px, as large as the galleries' pictures) written as
 *       {@code <catalog id>.png} to a temporary folder under a distinct catalog id of the bundled
 *       catalog (ids of no joint issue, so every picture is its own design), queried with
 *       {@value #SYNTHETIC_QUERIES} synthetic 400x400 photos of indexed designs (turned, relit,
 *       anywhere in the frame, on a cluttered table);</li>
 *   <li>{@value #AUTO}: {@value #GALLERIES} where the shared data exists, {@code synthetic-450} otherwise.</li>
 * </ul>
 * Instances hold a temporary folder for the synthetic pictures: close them.
 */
public final class IdentificationReferences implements AutoCloseable {

    public static final String AUTO = "auto";
    public static final String GALLERIES = "galleries";
    public static final String SYNTHETIC_PREFIX = "synthetic-";
    /** As many made-up designs as the two galleries hold pictures. */
    public static final int SYNTHETIC_PICTURES = 450;
    public static final String COMMEMORATIVE_GALLERY = "euro2-commemorative-gallery";
    public static final String REGULAR_GALLERY = "euro2-regular-gallery";
    public static final String COMMEMORATIVE_PHOTOS = "euro2-commemorative-photos";
    /** The side of the synthetic query photos, as the shared query photos. */
    public static final int PHOTO_SIZE = 400;
    public static final int CATALOG_PICTURE_SIZE = 512;
    public static final int SYNTHETIC_QUERIES = 16;
    private static final long SEED = 2004;

    private final String name;
    private final List<Path> folders;
    private final List<Path> queryFiles;
    private final Path queryJpeg;
    private final ScratchDirectory scratch;

    private IdentificationReferences(String name, List<Path> folders, List<Path> queryFiles, Path queryJpeg,
                                     ScratchDirectory scratch) {
        this.name = name;
        this.folders = folders;
        this.queryFiles = queryFiles;
        this.queryJpeg = queryJpeg;
        this.scratch = scratch;
    }

    /** {@value #GALLERIES} where both galleries and the query photos are present, else {@code synthetic-450}; other values as given. */
    public static String resolve(String references) {
        if (!AUTO.equals(references)) {
            return references;
        }
        return sharedGalleries().isPresent() ? GALLERIES : SYNTHETIC_PREFIX + SYNTHETIC_PICTURES;
    }

    /** The two gallery folders and the query photo folder, if all three exist. */
    public static Optional<List<Path>> sharedGalleries() {
        Optional<Path> commemorative = SharedDatasets.dataset(COMMEMORATIVE_GALLERY);
        Optional<Path> regular = SharedDatasets.dataset(REGULAR_GALLERY);
        Optional<Path> photos = SharedDatasets.dataset(COMMEMORATIVE_PHOTOS);
        if (commemorative.isEmpty() || regular.isEmpty() || photos.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(commemorative.get(), regular.get(), photos.get()));
    }

    /** N of {@code synthetic-N}; empty for the galleries. */
    public static OptionalInt syntheticPictures(String references) {
        if (references == null || !references.startsWith(SYNTHETIC_PREFIX)) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(references.substring(SYNTHETIC_PREFIX.length()));
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Finds or draws the references {@code references} names (drawing 450 designs takes tens of seconds). */
    public static IdentificationReferences prepare(String references) {
        String resolved = resolve(references);
        if (GALLERIES.equals(resolved)) {
            List<Path> shared = sharedGalleries().orElseThrow(() -> new IllegalStateException(
                    "references=" + GALLERIES + " but " + SharedDatasets.sharedFolder().resolve("datasets")
                            + " lacks " + COMMEMORATIVE_GALLERY + ", " + REGULAR_GALLERY + " or " + COMMEMORATIVE_PHOTOS));
            List<Path> photos = pictures(shared.get(2));
            if (photos.isEmpty()) {
                throw new IllegalStateException(shared.get(2) + " holds no photo");
            }
            return new IdentificationReferences(resolved, List.of(shared.get(0), shared.get(1)), photos, photos.get(0),
                    null);
        }
        int n = syntheticPictures(resolved).orElseThrow(() -> new IllegalArgumentException(
                "references must be " + AUTO + ", " + GALLERIES + " or " + SYNTHETIC_PREFIX + "N, was '" + references + "'"));
        return drawSynthetic(resolved, n);
    }

    /** {@code n} catalog ids of the bundled catalog, sorted, each of no joint issue (so each its own design). */
    public static List<String> syntheticCatalogIds(int n) {
        List<String> ids = CoinCatalog.bundled().stream()
                .filter(e -> e.jointIssue().isEmpty())
                .map(CatalogEntry::id)
                .sorted()
                .toList();
        if (n > ids.size()) {
            throw new IllegalArgumentException("the bundled catalog has " + ids.size()
                    + " coins outside joint issues, fewer than " + n);
        }
        return ids.subList(0, n);
    }

    private static IdentificationReferences drawSynthetic(String name, int n) {
        SyntheticDesigns designs = SyntheticDesigns.withSeed(SEED);
        List<String> ids = syntheticCatalogIds(n);
        ScratchDirectory scratch = ScratchDirectory.create("coinid-bench-references");
        try {
            Path gallery = Files.createDirectories(scratch.resolve("gallery"));
            Path queries = Files.createDirectories(scratch.resolve("photos"));
            IntStream.range(0, n).parallel().forEach(design ->
                    writePng(designs.catalogPicture(design, CATALOG_PICTURE_SIZE), gallery.resolve(ids.get(design) + ".png")));
            SplittableRandom random = new SplittableRandom(SEED);
            List<SyntheticDesigns.Shot> shots = Stream.generate(() -> SyntheticDesigns.Shot.random(random))
                    .limit(SYNTHETIC_QUERIES).toList();
            // designs spread over the index, the same ones whatever the order of drawing
            List<Path> files = IntStream.range(0, SYNTHETIC_QUERIES).parallel().mapToObj(q -> {
                int design = (int) ((long) q * n / SYNTHETIC_QUERIES);
                RgbImage photo = designs.photo(design, shots.get(q), PHOTO_SIZE, PHOTO_SIZE);
                Path file = queries.resolve(String.format(Locale.ROOT, "%02d-%s.jpg", q, ids.get(design)));
                writeJpeg(photo, file);
                return file;
            }).toList();
            return new IdentificationReferences(name, List.of(gallery), files, files.get(0), scratch);
        } catch (IOException | RuntimeException e) {
            scratch.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** What is indexed and queried, e.g. {@code galleries} or {@code synthetic-450}. */
    public String name() {
        return name;
    }

    /** The reference folders, as {@code DesignIndex.builder().build(folders)} takes them. */
    public List<Path> folders() {
        return folders;
    }

    /** The query photo files (JPEG), in file-name order. */
    public List<Path> queryFiles() {
        return queryFiles;
    }

    /** Every query photo, decoded as {@code identify(Path)} decodes it. */
    public List<RgbImage> decodeQueries() {
        ImageDecoder decoder = ImageDecoder.defaults();
        return queryFiles.stream().map(decoder::decode).toList();
    }

    /** The one 400x400 JPEG that the end-to-end benchmark identifies from its file. */
    public Path queryJpeg() {
        return queryJpeg;
    }

    /** How many reference pictures the folders hold (the top-level pictures and those of per-id sub-folders). */
    public int countPictures() {
        return folders.stream().mapToInt(folder -> pictures(folder).size()).sum();
    }

    @Override
    public void close() {
        if (scratch != null) {
            scratch.close();
        }
    }

    @Override
    public String toString() {
        return name + ": " + folders;
    }

    private static List<Path> pictures(Path folder) {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String file = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return file.endsWith(".jpg") || file.endsWith(".jpeg") || file.endsWith(".png");
                    })
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static void writePng(RgbImage picture, Path file) {
        try {
            if (!ImageIO.write(picture.toBufferedImage(), "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeJpeg(RgbImage photo, Path file) {
        try {
            Files.write(file, PhonePhoto.jpeg(photo.toBufferedImage(), PhonePhoto.JPEG_QUALITY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
