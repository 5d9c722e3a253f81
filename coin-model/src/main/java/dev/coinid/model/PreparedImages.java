package dev.coinid.model;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.error.LabelMismatchException;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;
import dev.coinid.model.recipe.Preprocessing;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Labelled pictures decoded and fitted to the input size once, held in memory as 8-bit RGB, with
 * their class indices in a model's label order: what training reads every epoch.
 *
 * @param images the fitted pictures
 * @param labels the class index of each picture
 * @param names the source name of each picture, for messages
 */
record PreparedImages(List<RgbImage> images, int[] labels, List<String> names) {

    /** Decodes and fits every image of {@code dataset} (in parallel), mapping its labels onto {@code modelLabels}. */
    static PreparedImages of(ImageDataset dataset, Preprocessing preprocessing, List<String> modelLabels) {
        int[] labels = labelIndices(dataset.images(), modelLabels);
        PhotoFitter fitter = preprocessing.fitter();
        List<RgbImage> images = IntStream.range(0, dataset.size()).parallel()
                .mapToObj(i -> fitter.fit(dataset.get(i).source().load()))
                .toList();
        return new PreparedImages(images, labels, dataset.stream().map(i -> i.source().name()).toList());
    }

    /**
     * The class index of each image in {@code modelLabels}; throws a {@link LabelMismatchException}
     * naming an image whose label the model lacks.
     */
    static int[] labelIndices(List<LabelledImage> images, List<String> modelLabels) {
        int[] indices = new int[images.size()];
        for (int i = 0; i < indices.length; i++) {
            LabelledImage image = images.get(i);
            indices[i] = modelLabels.indexOf(image.label());
            if (indices[i] < 0) {
                throw new LabelMismatchException(image.source().name(), "has label '" + image.label()
                        + "', which is not one of the model's labels " + modelLabels);
            }
        }
        return indices;
    }

    int size() {
        return images.size();
    }
}
