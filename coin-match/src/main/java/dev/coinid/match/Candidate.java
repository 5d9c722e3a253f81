package dev.coinid.match;

import java.util.Objects;

/**
 * One design a photo may show, as an index ranks it.
 *
 * @param catalogId the catalog id of the reference picture that matched best; for a design that
 *     several countries issued (a euro-area common issue), the country whose picture matched best
 * @param design the design: the catalog's joint theme for a common issue (such as
 *     {@code treaty-of-rome-50}), otherwise the catalog id
 * @param score how sure the index is that the photo shows this design, in 0..1; 0.5 and above
 *     for the first candidate means the index calls the coin known
 * @param correlation the correlation of the photo's description with the reference's at the best
 *     turn, in -1..1: the raw similarity the score is made from
 * @param turnDegrees how far the photo's coin is turned against the reference, counter-clockwise
 *     as it appears on screen, in degrees (0..360)
 */
public record Candidate(String catalogId, String design, double score, double correlation, double turnDegrees) {

    public Candidate {
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(design, "design");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1, was " + score);
        }
    }
}
