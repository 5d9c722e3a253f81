package dev.coinid.dataset;

import dev.coinid.image.ImageSource;

import java.util.Objects;

/**
 * One example of a data set: where its picture comes from, its class label, and its group key
 * (the photograph it was cut from, for example), which a group-aware split keeps together.
 *
 * @param source the picture, read on demand
 * @param label the class name, for example {@code "2e"} or {@code "Atenas"}
 * @param group the group key; by default the source's own name, so every image is its own group
 */
public record LabelledImage(ImageSource source, String label, String group) {

    public LabelledImage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(group, "group");
    }

    /** An example that is its own group. */
    public static LabelledImage of(ImageSource source, String label) {
        return new LabelledImage(source, label, source.name());
    }
}
