package dev.coinid.dataset;

import dev.coinid.error.DatasetLayoutException;
import dev.coinid.image.ImageDecoder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An immutable list of labelled images with a fixed, ordered list of class labels. Pictures are
 * not decoded until they are loaded, so a data set of a large folder is cheap to hold and split.
 *
 * <p>The label order is the class-index order a model uses; it is sorted when a data set is read
 * from disk and kept by every subset, so train, validation and test sets agree on indices.
 */
public final class ImageDataset implements Iterable<LabelledImage> {

    private final List<String> labels;
    private final List<LabelledImage> images;

    private ImageDataset(List<String> labels, List<LabelledImage> images) {
        this.labels = List.copyOf(labels);
        this.images = List.copyOf(images);
        if (labels.stream().distinct().count() != labels.size()) {
            throw new IllegalArgumentException("duplicate labels in " + labels);
        }
        for (LabelledImage image : this.images) {
            if (!this.labels.contains(image.label())) {
                throw new IllegalArgumentException(image.source().name() + " has label '" + image.label()
                        + "' which is not one of " + labels);
            }
        }
    }

    /** A data set of the given images whose class order is {@code labels}. */
    public static ImageDataset of(List<String> labels, List<LabelledImage> images) {
        return new ImageDataset(labels, images);
    }

    /** A data set whose labels are those of {@code images}, sorted. */
    public static ImageDataset of(List<LabelledImage> images) {
        return new ImageDataset(images.stream().map(LabelledImage::label).distinct().sorted().toList(), images);
    }

    /**
     * The pictures of a folder-per-class tree ({@code root/<label>/*.jpg}), decoded lazily with
     * {@link ImageDecoder#defaults()}; labels sorted. See {@link ImageFolderReader#readClassFolders}.
     */
    public static ImageDataset fromClassFolders(Path root) {
        return ImageFolderReader.defaults().readClassFolders(root);
    }

    /** The pictures of a folder-per-class tree, decoded lazily with {@code decoder}. */
    public static ImageDataset fromClassFolders(Path root, ImageDecoder decoder) {
        return ImageFolderReader.using(decoder).readClassFolders(root);
    }

    /**
     * The pictures directly in {@code folder}, labelled by file name as {@code rule} says, for
     * example {@link LabelRule#prefixBeforeFirstZero()}. See {@link ImageFolderReader#readFileNames}.
     */
    public static ImageDataset fromFileNames(Path folder, LabelRule rule) {
        return ImageFolderReader.defaults().readFileNames(folder, rule);
    }

    /** The pictures directly in {@code folder}, labelled by file name, decoded lazily with {@code decoder}. */
    public static ImageDataset fromFileNames(Path folder, LabelRule rule, ImageDecoder decoder) {
        return ImageFolderReader.using(decoder).readFileNames(folder, rule);
    }

    /** The class labels, in class-index order. */
    public List<String> labels() {
        return labels;
    }

    /** The class index of {@code label}; throws if the label is not one of this data set's. */
    public int labelIndex(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "', known: " + labels);
        }
        return i;
    }

    public List<LabelledImage> images() {
        return images;
    }

    public LabelledImage get(int index) {
        return images.get(index);
    }

    public int size() {
        return images.size();
    }

    public boolean isEmpty() {
        return images.isEmpty();
    }

    /** How many images each label has, in label order (labels without images count 0). */
    public Map<String, Integer> countsByLabel() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        labels.forEach(l -> counts.put(l, 0));
        images.forEach(i -> counts.merge(i.label(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** The images that match {@code filter}, with the same labels. */
    public ImageDataset filter(Predicate<LabelledImage> filter) {
        return new ImageDataset(labels, images.stream().filter(filter).toList());
    }

    /** The images at {@code indices}, in that order, with the same labels. */
    public ImageDataset select(List<Integer> indices) {
        List<LabelledImage> picked = new ArrayList<>(indices.size());
        indices.forEach(i -> picked.add(images.get(i)));
        return new ImageDataset(labels, picked);
    }

    /** This data set with the same images relabelled into groups by {@code groupKey}. */
    public ImageDataset withGroups(GroupKey groupKey) {
        Objects.requireNonNull(groupKey, "groupKey");
        return new ImageDataset(labels, images.stream()
                .map(i -> new LabelledImage(i.source(), i.label(), groupKey.groupOf(i)))
                .toList());
    }

    /** Fails with a {@link DatasetLayoutException} unless at least two classes have images. */
    public ImageDataset requireTrainable(String where) {
        long classes = countsByLabel().values().stream().filter(c -> c > 0).count();
        if (classes < 2) {
            throw new DatasetLayoutException(where, "a classifier needs at least 2 classes with images, found "
                    + classes + " " + countsByLabel());
        }
        return this;
    }

    public Stream<LabelledImage> stream() {
        return images.stream();
    }

    @Override
    public Iterator<LabelledImage> iterator() {
        return images.iterator();
    }

    @Override
    public String toString() {
        return "ImageDataset" + countsByLabel();
    }
}
