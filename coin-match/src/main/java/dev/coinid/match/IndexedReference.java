package dev.coinid.match;

import java.util.Objects;

/**
 * One reference picture as an index holds it: the coin's catalog id, its design and the spectrum
 * of its picture's description, which is all that comparing a photo with it takes.
 *
 * @param catalogId the coin's catalog id
 * @param design the coin's design: its joint theme for a common issue, otherwise its catalog id
 * @param picture the reference picture's file name, for reports
 * @param spectrum the spectrum ({@link RotationCorrelation#spectrum}) of the picture's description
 *     ({@link PolarGradientHistogram}); not copied, not to be changed
 */
record IndexedReference(String catalogId, String design, String picture, float[] spectrum) {

    IndexedReference {
        Objects.requireNonNull(catalogId, "catalogId");
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(picture, "picture");
        if (spectrum.length != RotationCorrelation.SPECTRUM_LENGTH) {
            throw new IllegalArgumentException("a spectrum has " + RotationCorrelation.SPECTRUM_LENGTH + " values, not "
                    + spectrum.length);
        }
    }

    /** The reference of a picture with this description. */
    static IndexedReference described(String catalogId, String design, String picture, float[] description) {
        return new IndexedReference(catalogId, design, picture, RotationCorrelation.spectrum(description));
    }
}
