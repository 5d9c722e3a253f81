package dev.coinid.dataset;

import dev.coinid.error.DatasetLayoutException;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a folder of pictures as a labelled {@link ImageDataset}, lazily: it lists files and
 * never decodes them (each becomes an {@link ImageSource#file} decoded when loaded).
 *
 * <p>Two layouts:
 * <ul>
 *   <li>{@link #readClassFolders folder per class} (the ImageFolder convention of Keras and
 *       torchvision): {@code root/<label>/**&#47;*.jpg}; sub-folders of a class folder count too;</li>
 *   <li>{@link #readFileNames flat folder} whose file names carry the label, told by a {@link LabelRule}.</li>
 * </ul>
 * Labels are sorted ({@link String#compareTo}, as Python's {@code sorted}) and images are listed
 * in path order, so the same folder always gives the same data set and class indices. Hidden
 * files are ignored; files with other extensions are skipped with a logged warning. A layout a
 * classifier cannot learn from (missing or empty folder, an empty class folder, one class only,
 * two labels differing only in case) is a {@link DatasetLayoutException} naming the folder.
 */
public final class ImageFolderReader {

    /**
     * The file extensions read as pictures (compared ignoring case). HEIC, HEIF and AVIF are listed
     * although they do not decode, so that such a photo stops with a message saying to convert it
     * rather than being skipped unnoticed.
     */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of(
            "jpg", "jpeg", "jpe", "jfif", "png", "gif", "bmp", "tif", "tiff", "webp", "pbm", "pgm", "ppm", "pnm",
            "heic", "heif", "avif");

    private static final Logger LOG = LoggerFactory.getLogger(ImageFolderReader.class);

    private final ImageDecoder decoder;

    private ImageFolderReader(ImageDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** A reader whose images are decoded with {@link ImageDecoder#defaults()}. */
    public static ImageFolderReader defaults() {
        return new ImageFolderReader(ImageDecoder.defaults());
    }

    /** A reader whose images are decoded with {@code decoder}. */
    public static ImageFolderReader using(ImageDecoder decoder) {
        return new ImageFolderReader(decoder);
    }

    /** The decoder the images of the data sets this reader makes are loaded with. */
    public ImageDecoder decoder() {
        return decoder;
    }

    /** Reads {@code root/<label>/...} pictures: every sub-folder of {@code root} is a class. */
    public ImageDataset readClassFolders(Path root) {
        requireFolder(root);
        Map<String, List<Path>> filesByLabel = new TreeMap<>();
        for (Path entry : list(root)) {
            if (Files.isDirectory(entry)) {
                filesByLabel.put(entry.getFileName().toString(), imagesUnder(entry));
            } else {
                LOG.warn("{}: skipping a file directly in the data-set folder; pictures belong in class folders", entry);
            }
        }
        if (filesByLabel.isEmpty()) {
            throw new DatasetLayoutException(root.toString(), "has no class folders (expected one sub-folder per class)");
        }
        filesByLabel.forEach((label, files) -> {
            if (files.isEmpty()) {
                throw new DatasetLayoutException(root.resolve(label).toString(), "class folder '" + label
                        + "' has no images (" + String.join(", ", sortedExtensions()) + ")");
            }
        });
        return toDataset(root, filesByLabel);
    }

    /** Reads the pictures directly in {@code folder}, labelled by their file names as {@code rule} says. */
    public ImageDataset readFileNames(Path folder, LabelRule rule) {
        Objects.requireNonNull(rule, "rule");
        requireFolder(folder);
        Map<String, List<Path>> filesByLabel = new TreeMap<>();
        for (Path entry : list(folder)) {
            if (Files.isDirectory(entry)) {
                LOG.warn("{}: skipping a sub-folder; file-name labelling reads one flat folder", entry);
                continue;
            }
            if (!isImage(entry)) {
                continue;
            }
            String name = entry.getFileName().toString();
            Optional<String> label = rule.labelOf(name);
            if (label.isEmpty()) {
                LOG.warn("{}: skipping, the label rule finds no label in the file name", entry);
                continue;
            }
            filesByLabel.computeIfAbsent(label.get(), l -> new ArrayList<>()).add(entry);
        }
        if (filesByLabel.isEmpty()) {
            throw new DatasetLayoutException(folder.toString(), "has no labelled images");
        }
        return toDataset(folder, filesByLabel);
    }

    private ImageDataset toDataset(Path root, Map<String, List<Path>> filesByLabel) {
        requireDistinctIgnoringCase(root, filesByLabel.keySet());
        if (filesByLabel.size() < 2) {
            throw new DatasetLayoutException(root.toString(), "has only one class ('"
                    + filesByLabel.keySet().iterator().next() + "'); a classifier needs at least 2");
        }
        List<LabelledImage> images = new ArrayList<>();
        filesByLabel.forEach((label, files) -> files.stream()
                .sorted()
                .forEach(file -> images.add(LabelledImage.of(ImageSource.file(file, decoder), label))));
        return ImageDataset.of(List.copyOf(filesByLabel.keySet()), images);
    }

    private static void requireDistinctIgnoringCase(Path root, Iterable<String> labels) {
        Map<String, String> seen = new HashMap<>();
        for (String label : labels) {
            String other = seen.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
            if (other != null) {
                throw new DatasetLayoutException(root.toString(), "class names '" + other + "' and '" + label
                        + "' differ only in case; rename one (they would clash on Windows and macOS)");
            }
        }
    }

    private List<Path> imagesUnder(Path classFolder) {
        try (Stream<Path> files = Files.walk(classFolder)) {
            return files.filter(p -> !p.equals(classFolder))
                    .filter(p -> !isHidden(classFolder.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(ImageFolderReader::isImage)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetLayoutException(classFolder.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetLayoutException(folder.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static void requireFolder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.exists(folder)) {
            throw new DatasetLayoutException(folder.toString(), "folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new DatasetLayoutException(folder.toString(), "is a file, not a folder");
        }
    }

    /** Whether any part of {@code relative} starts with a dot. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (IMAGE_EXTENSIONS.contains(extension)) {
            return true;
        }
        LOG.warn("{}: skipping, '.{}' is not an image extension coinid reads", file, extension);
        return false;
    }

    private static List<String> sortedExtensions() {
        return IMAGE_EXTENSIONS.stream().sorted().toList();
    }
}
