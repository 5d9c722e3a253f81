package dev.coinid.dataset;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps an image to the group it belongs to, such as the photograph it was cut from. A
 * group-aware split keeps every group inside one of train, validation or test, so crops of one
 * photograph never leak from training into evaluation.
 */
@FunctionalInterface
public interface GroupKey {

    /** The group of {@code image}. */
    String groupOf(LabelledImage image);

    /** Every image is its own group (a plain stratified split). */
    static GroupKey none() {
        return image -> image.source().name();
    }

    /**
     * The first match of {@code regex} in the file name (or, if the regex has a capturing
     * group, that group's text); an image whose name does not match is its own group. For the
     * shared photos, {@code IMG_\d+_\d+} maps {@code IMG_20190707_010612_3.jpg} to
     * {@code IMG_20190707_010612}.
     */
    static GroupKey regex(String regex) {
        Pattern pattern = Pattern.compile(Objects.requireNonNull(regex, "regex"));
        return image -> {
            String name = image.source().path()
                    .map(p -> p.getFileName().toString())
                    .orElse(image.source().name());
            Matcher m = pattern.matcher(name);
            if (!m.find()) {
                return image.source().name();
            }
            return m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
        };
    }
}
