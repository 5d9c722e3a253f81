package dev.coinid.match;

import java.util.Objects;

/**
 * One reference picture as an index holds it: the coin's catalog id, its design and the
 * description of its picture.
 *
 * @param catalogId the coin's catalog id
 * @param design the coin's design: its joint theme for a common issue, otherwise its catalog id
 * @param picture the reference picture's file name, for reports
 * @param description the picture's description ({@link PolarGradientHistogram}); not copied, not to be changed
 */
record IndexedReference(String catalogId, String design, String picture, float[] description) {

    IndexedReference {
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(picture, "picture");
        if (description.length != PolarGradientHistogram.LENGTH) {
            throw new IllegalArgumentException("a description has " + PolarGradientHistogram.LENGTH + " values, not "
                    + description.length);
        }
    }
}
