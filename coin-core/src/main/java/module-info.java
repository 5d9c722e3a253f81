/**
 * Images and data sets, no TensorFlow: decoding (with EXIF orientation), resizing, finding and
 * unwrapping a coin, labelled data sets and group-aware splits, synthetic coins, classification
 * results and the exception hierarchy. {@code dev.coinid.artifact} (the atomic writer of saved
 * models and indexes) and {@code dev.coinid.image.internal} (pixel arithmetic) are exported to
 * coinid's own modules only. Public types marked {@code @API(status = INTERNAL)} serve coinid's
 * other modules and may change without notice; {@code EXPERIMENTAL} ones (the simulators of
 * {@code dev.coinid.synthetic}) are meant for use but not settled.
 */
module dev.coinid.core {
    requires transitive java.desktop;          // RgbImage to and from BufferedImage, ImageIO
    requires org.apache.commons.imaging;       // the formats ImageIO does not decode
    requires org.slf4j;
    requires static transitive org.apiguardian.api; // @API marks the public types that are not (yet) API

    exports dev.coinid.classification;
    exports dev.coinid.dataset;
    exports dev.coinid.error;
    exports dev.coinid.image;
    exports dev.coinid.synthetic;
    // the atomic writers of artifact directories and single files, for the modules that save models, indexes and pictures
    exports dev.coinid.artifact to dev.coinid.model, dev.coinid.match;
    exports dev.coinid.image.internal to dev.coinid.augment, dev.coinid.model, dev.coinid.match;
}
