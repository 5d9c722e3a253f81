package dev.coinid.dataset;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the class label of an image from its file name, for a flat folder of labelled files.
 * A file whose name yields no label is skipped with a warning.
 */
@FunctionalInterface
public interface LabelRule {

    /** The label of the file called {@code fileName} (no folder), or empty when the name carries none. */
    Optional<String> labelOf(String fileName);

    /**
     * The original experiment's rule: the label is the name before the first {@code 0}, with
     * trailing spaces removed: {@code "Atenas0 (78).jpg"} is {@code Atenas}. A name without a
     * {@code 0}, or starting with one, has no label.
     */
    static LabelRule prefixBeforeFirstZero() {
        return fileName -> {
            int zero = fileName.indexOf('0');
            if (zero <= 0) {
                return Optional.empty();
            }
            String label = fileName.substring(0, zero).strip();
            return label.isEmpty() ? Optional.empty() : Optional.of(label);
        };
    }

    /**
     * The first match of {@code regex} in the file name, or, if the regex has a capturing group,
     * that group's text: {@code regex("^([A-Za-z]+)_")} labels {@code "Atenas_12.jpg"} as {@code Atenas}.
     */
    static LabelRule regex(String regex) {
        Pattern pattern = Pattern.compile(Objects.requireNonNull(regex, "regex"));
        return fileName -> {
            Matcher m = pattern.matcher(fileName);
            if (!m.find()) {
                return Optional.empty();
            }
            String label = m.groupCount() >= 1 ? m.group(1) : m.group();
            return label == null || label.isBlank() ? Optional.empty() : Optional.of(label.strip());
        };
    }
}
