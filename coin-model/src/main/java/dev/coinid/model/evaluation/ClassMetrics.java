package dev.coinid.model.evaluation;

/**
 * Precision, recall and F1 of one class (0 where undefined, as scikit-learn's default).
 *
 * @param label the class label
 * @param precision of the images predicted as this class, the fraction that are
 * @param recall of the images of this class, the fraction predicted as it
 * @param f1 the harmonic mean of precision and recall
 * @param support the number of images of this class
 */
public record ClassMetrics(String label, double precision, double recall, double f1, int support) {
}
