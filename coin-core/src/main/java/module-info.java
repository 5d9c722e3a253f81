/**
 * Images and data sets, no TensorFlow: decoding (with EXIF orientation), resizing, finding and
 * unwrapping a coin, labelled data sets and group-aware splits, synthetic coins, classification
 * results and the exception hierarchy. Every package is public API but {@code dev.coinid.artifact},
 * the atomic writer of saved models and indexes.
 */
module dev.coinid.core {
    requires transitive java.desktop;          // RgbImage to and from BufferedImage, ImageIO
    requires org.apache.commons.imaging;       // the formats ImageIO does not decode
    requires org.slf4j;

    exports dev.coinid.classification;
    exports dev.coinid.dataset;
    exports dev.coinid.error;
    exports dev.coinid.image;
    exports dev.coinid.synthetic;
    // the one atomic writer of artifact directories, for the modules that save models and indexes
    exports dev.coinid.artifact to dev.coinid.model, dev.coinid.match;
    exports dev.coinid.image.internal to dev.coinid.augment, dev.coinid.model, dev.coinid.match;
}
