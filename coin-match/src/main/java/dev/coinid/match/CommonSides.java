package dev.coinid.match;

import java.util.List;

/**
 * The pictures of the common side of the 2-euro coin (the old and the new map) an index may hold
 * beside its designs, to tell a photo of the common side from a photo of no known design. Each
 * picture's correlations are put on its own scale, measured against the index's references, as
 * {@link ReferenceNorms} does for the designs.
 */
final class CommonSides {

    static final CommonSides NONE = new CommonSides(List.of(), List.of(), new double[0], new double[0]);

    private final List<String> pictures;
    private final List<float[]> spectra;
    private final double[] mean;
    private final double[] deviation;

    private CommonSides(List<String> pictures, List<float[]> spectra, double[] mean, double[] deviation) {
        this.pictures = List.copyOf(pictures);
        this.spectra = List.copyOf(spectra);
        this.mean = mean;
        this.deviation = deviation;
    }

    /** The common sides of these pictures (names, spectra), on scales measured against {@code references}. */
    static CommonSides of(List<String> pictures, List<float[]> spectra, float[][] references) {
        if (pictures.isEmpty()) {
            return NONE;
        }
        double[] mean = new double[spectra.size()];
        double[] deviation = new double[spectra.size()];
        for (int c = 0; c < spectra.size(); c++) {
            double sum = 0;
            double squares = 0;
            for (float[] reference : references) {
                double correlation = RotationCorrelation.best(spectra.get(c), reference).correlation();
                sum += correlation;
                squares += correlation * correlation;
            }
            mean[c] = sum / references.length;
            deviation[c] = Math.sqrt(Math.max(1e-6, squares / references.length - mean[c] * mean[c]));
        }
        return new CommonSides(pictures, spectra, mean, deviation);
    }

    boolean isEmpty() {
        return pictures.isEmpty();
    }

    List<String> pictures() {
        return pictures;
    }

    List<float[]> spectra() {
        return spectra;
    }

    /** The photo's best correlation with a common side, on that picture's scale; -infinity without pictures. */
    double bestNormalised(float[] photoSpectrum) {
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < spectra.size(); c++) {
            double correlation = RotationCorrelation.best(photoSpectrum, spectra.get(c)).correlation();
            best = Math.max(best, (correlation - mean[c]) / deviation[c]);
        }
        return best;
    }
}
