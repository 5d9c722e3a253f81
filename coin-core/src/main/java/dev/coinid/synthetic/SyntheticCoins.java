package dev.coinid.synthetic;

import dev.coinid.artifact.AtomicFile;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.error.ImageWriteException;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A seeded generator of labelled synthetic coin photos, for tests and the demo: round bimetallic
 * coins, each class with its own motif shape (star, cross, ring of dots, triangle, bars,
 * crescent, square frame, chevron, in label order), photographed at random: any rotation, size
 * and position, background and clutter, lighting gradient, colour cast, blur, noise and JPEG
 * compression. Colour, size and background are drawn alike for every class, so a model has to
 * learn the motif; the motifs differ plainly in shape, so a small CNN learns 4 classes at 64x64
 * in a few epochs.
 *
 * <p>The picture for a (label, index) depends only on the seed, the label, the index and the
 * image size, not on what else is generated.
 *
 * <pre>{@code
 * ImageDataset coins = SyntheticCoins.builder().imagesPerClass(200).seed(7).build().generate();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SyntheticCoins {

    /** The four classes of the original experiment. */
    public static final List<String> DEFAULT_LABELS = List.of("Altamira", "Atenas", "Francia", "Vaticano");

    /** How many classes can have a motif of their own. */
    public static final int MAX_LABELS = CoinMotif.values().length;

    private final List<String> labels;
    private final int imageSize;
    private final int imagesPerClass;
    private final long seed;
    private final CoinRenderer renderer;

    private SyntheticCoins(Builder builder) {
        this.labels = builder.labels.stream().sorted().toList();
        this.imageSize = builder.imageSize;
        this.imagesPerClass = builder.imagesPerClass;
        this.seed = builder.seed;
        this.renderer = new CoinRenderer(imageSize);
    }

    /** A builder with working defaults: the four original classes, 64x64 pixels, 100 images each, seed 42. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class labels, sorted: the class-index order of the data sets made here. */
    public List<String> labels() {
        return labels;
    }

    public int imageSize() {
        return imageSize;
    }

    public int imagesPerClass() {
        return imagesPerClass;
    }

    public long seed() {
        return seed;
    }

    /** All images, {@link #imagesPerClass()} per label, rendered now and held in memory. */
    public ImageDataset generate() {
        List<LabelledImage> images = new ArrayList<>(labels.size() * imagesPerClass);
        for (String label : labels) {
            for (int i = 0; i < imagesPerClass; i++) {
                images.add(LabelledImage.of(ImageSource.memory(fileName(label, i), render(label, i)), label));
            }
        }
        return ImageDataset.of(labels, images);
    }

    /**
     * Writes all images as JPEG files to {@code dir/<label>/<label>_<index>.jpg} (the folder is
     * created if needed; a file of the same name is replaced, other files are left alone) and
     * returns them as a data set read lazily from those files. Each file decodes to exactly
     * {@link #render(String, int)}.
     *
     * @throws ImageWriteException naming the file or folder that could not be written
     */
    public ImageDataset writeTo(Path dir) {
        Objects.requireNonNull(dir, "dir");
        ImageDecoder decoder = ImageDecoder.defaults();
        List<LabelledImage> images = new ArrayList<>(labels.size() * imagesPerClass);
        for (String label : labels) {
            Path folder = dir.resolve(label);
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new ImageWriteException(folder.toString(), "cannot create the folder: " + e, e);
            }
            for (int i = 0; i < imagesPerClass; i++) {
                Path file = folder.resolve(label + "_" + String.format("%04d", i) + ".jpg");
                writeAtomically(file, renderJpeg(label, i));
                images.add(LabelledImage.of(ImageSource.file(file, decoder), label));
            }
        }
        return ImageDataset.of(labels, images);
    }

    /** The picture for image {@code index} of class {@code label}. */
    public RgbImage render(String label, int index) {
        return ImageDecoder.defaults().decode(renderJpeg(label, index), fileName(label, index));
    }

    private byte[] renderJpeg(String label, int index) {
        int motif = labels.indexOf(label);
        if (motif < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "', known: " + labels);
        }
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        return renderer.renderJpeg(CoinMotif.values()[motif], new SplittableRandom(streamSeed(label, index)));
    }

    /** Mixes seed, label and index into one well-spread seed (SplitMix64's finaliser). */
    private long streamSeed(String label, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + label.hashCode() * 0xC2B2AE3D27D4EB4FL + index + imageSize * 31L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String fileName(String label, int index) {
        return "synthetic/" + label + "/" + label + "_" + String.format("%04d", index) + ".jpg";
    }

    private static void writeAtomically(Path file, byte[] bytes) {
        try {
            AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new ImageWriteException(file.toString(), "cannot write the image: " + e, e);
        }
    }

    @Override
    public String toString() {
        return "SyntheticCoins[labels=" + labels + ", imageSize=" + imageSize + ", imagesPerClass="
                + imagesPerClass + ", seed=" + seed + "]";
    }

    /** Settings for {@link SyntheticCoins}; every setting has a working default. */
    public static final class Builder {

        private List<String> labels = DEFAULT_LABELS;
        private int imageSize = 64;
        private int imagesPerClass = 100;
        private long seed = 42;

        private Builder() {
        }

        /**
         * The class labels, 1 to {@link #MAX_LABELS} (8) distinct names usable as folder names;
         * default {@link #DEFAULT_LABELS}. They are sorted, and each sorted position has its motif.
         */
        public Builder labels(List<String> labels) {
            Objects.requireNonNull(labels, "labels");
            if (labels.isEmpty() || labels.size() > MAX_LABELS) {
                throw new IllegalArgumentException("need 1 to " + MAX_LABELS + " labels (one motif each), got "
                        + labels.size());
            }
            if (new HashSet<>(labels).size() != labels.size()) {
                throw new IllegalArgumentException("labels must be distinct: " + labels);
            }
            for (String label : labels) {
                if (label == null || label.isBlank() || label.startsWith(".") || label.contains("/")
                        || label.contains("\\")) {
                    throw new IllegalArgumentException("label '" + label + "' cannot name a folder");
                }
            }
            this.labels = List.copyOf(labels);
            return this;
        }

        /** The width and height of every picture, 16 to 1024 pixels; default 64. */
        public Builder imageSize(int pixels) {
            if (pixels < 16 || pixels > 1024) {
                throw new IllegalArgumentException("imageSize must be 16 to 1024 pixels, was " + pixels);
            }
            this.imageSize = pixels;
            return this;
        }

        /** How many pictures each class gets, at least 1; default 100. */
        public Builder imagesPerClass(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("imagesPerClass must be at least 1, was " + count);
            }
            this.imagesPerClass = count;
            return this;
        }

        /** The seed every picture is drawn from; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public SyntheticCoins build() {
            return new SyntheticCoins(this);
        }
    }
}
