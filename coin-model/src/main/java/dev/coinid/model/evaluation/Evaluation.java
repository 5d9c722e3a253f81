package dev.coinid.model.evaluation;

import dev.coinid.error.LabelMismatchException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A model's results on a labelled data set, computed in Java from the softmax outputs: loss,
 * accuracy, per-class precision/recall/F1, macro averages, the confusion matrix, and the value
 * Keras' {@code Recall()} metric reports for a softmax model (an output above 0.5 for the true
 * class counts as found), which is what the original experiment's 0.81 measured.
 */
public final class Evaluation {

    private final List<String> labels;
    private final int[][] confusion;
    private final double lossSum;
    private final int found;
    private final int count;
    private final List<ClassMetrics> perClass;

    private Evaluation(List<String> labels, int[][] confusion, double lossSum, int found, int count) {
        this.labels = List.copyOf(labels);
        this.confusion = confusion;
        this.lossSum = lossSum;
        this.found = found;
        this.count = count;
        this.perClass = computePerClass();
    }

    /**
     * Evaluates predictions: {@code probabilities[i]} is the softmax output for image i, whose true
     * class index is {@code actual[i]}.
     */
    public static Evaluation of(List<String> labels, int[] actual, float[][] probabilities) {
        Objects.requireNonNull(labels, "labels");
        if (actual.length != probabilities.length) {
            throw new IllegalArgumentException(actual.length + " labels but " + probabilities.length + " predictions");
        }
        int k = labels.size();
        int[][] confusion = new int[k][k];
        double lossSum = 0;
        int found = 0;
        for (int i = 0; i < actual.length; i++) {
            float[] p = probabilities[i];
            if (p.length != k) {
                throw new IllegalArgumentException("prediction " + i + " has " + p.length + " values, expected " + k);
            }
            int truth = actual[i];
            if (truth < 0 || truth >= k) {
                throw new IllegalArgumentException("label index " + truth + " of image " + i + " is not in 0.." + (k - 1));
            }
            confusion[truth][argMax(p)]++;
            lossSum += -Math.log(Math.max(p[truth], 1e-7));
            if (p[truth] > 0.5f) {
                found++;
            }
        }
        return new Evaluation(labels, confusion, lossSum, found, actual.length);
    }

    /**
     * The evaluation of this set and {@code other} together: their confusion matrices added, loss
     * and Keras recall over all their images. A training epoch builds its figures this way, batch
     * by batch.
     *
     * @throws LabelMismatchException when the two were not evaluated on the same labels
     */
    public Evaluation plus(Evaluation other) {
        if (!labels.equals(other.labels)) {
            throw new LabelMismatchException("evaluation of " + other.labels,
                    "cannot be added to an evaluation of other labels, " + labels);
        }
        int[][] sum = confusionMatrix();
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum.length; j++) {
                sum[i][j] += other.confusion[i][j];
            }
        }
        return new Evaluation(labels, sum, lossSum + other.lossSum, found + other.found, count + other.count);
    }

    /** The index of the largest value (the first one on ties). */
    public static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    public List<String> labels() {
        return labels;
    }

    /** Images evaluated. */
    public int count() {
        return count;
    }

    /** Mean categorical cross-entropy (probabilities clipped at 1e-7, as Keras). */
    public double loss() {
        return count == 0 ? Double.NaN : lossSum / count;
    }

    /** Fraction of images whose most probable class is the true one. */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < confusion.length; i++) {
            right += confusion[i][i];
        }
        return count == 0 ? Double.NaN : (double) right / count;
    }

    /**
     * Keras {@code Recall()} on one-hot targets and softmax outputs (threshold 0.5): the fraction
     * of images whose true class gets a probability above 0.5. At most {@link #accuracy()}.
     */
    public double kerasRecall() {
        return count == 0 ? Double.NaN : (double) found / count;
    }

    /** The mean of the per-class recalls, over classes with images (balanced accuracy). */
    public double macroRecall() {
        return perClass.stream().filter(c -> c.support() > 0).mapToDouble(ClassMetrics::recall).average().orElse(Double.NaN);
    }

    /** The mean of the per-class precisions, over classes with images. */
    public double macroPrecision() {
        return perClass.stream().filter(c -> c.support() > 0).mapToDouble(ClassMetrics::precision).average().orElse(Double.NaN);
    }

    /** The mean of the per-class F1 scores, over classes with images. */
    public double macroF1() {
        return perClass.stream().filter(c -> c.support() > 0).mapToDouble(ClassMetrics::f1).average().orElse(Double.NaN);
    }

    /** Precision, recall and F1 of each class, in label order. */
    public List<ClassMetrics> perClass() {
        return perClass;
    }

    /**
     * The metrics of one class.
     *
     * @throws LabelMismatchException, whose message starts with the label, when it is not one of {@link #labels()}
     */
    public ClassMetrics perClass(String label) {
        return perClass.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new LabelMismatchException("label '" + label + "'",
                        "not a class of this evaluation; its classes are " + labels));
    }

    /** A copy of the confusion matrix: {@code [actual][predicted]} counts, in label order. */
    public int[][] confusionMatrix() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    private List<ClassMetrics> computePerClass() {
        List<ClassMetrics> metrics = new ArrayList<>(labels.size());
        for (int c = 0; c < labels.size(); c++) {
            int truePositives = confusion[c][c];
            int support = 0;
            int predicted = 0;
            for (int j = 0; j < labels.size(); j++) {
                support += confusion[c][j];
                predicted += confusion[j][c];
            }
            double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
            double recall = support == 0 ? 0 : (double) truePositives / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            metrics.add(new ClassMetrics(labels.get(c), precision, recall, f1, support));
        }
        return List.copyOf(metrics);
    }

    /** A plain-text report: the summary numbers, a per-class table and the confusion matrix. */
    public String report() {
        int width = Math.max(8, labels.stream().mapToInt(String::length).max().orElse(0) + 1);
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "%d images  loss %.4f  accuracy %.4f  macro recall %.4f  keras recall %.4f%n%n",
                count, loss(), accuracy(), macroRecall(), kerasRecall()));
        r.append(String.format(Locale.ROOT, "%-" + width + "s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support"));
        for (ClassMetrics c : perClass) {
            r.append(String.format(Locale.ROOT, "%-" + width + "s %9.4f %9.4f %9.4f %8d%n",
                    c.label(), c.precision(), c.recall(), c.f1(), c.support()));
        }
        r.append(String.format(Locale.ROOT, "%-" + width + "s %9.4f %9.4f %9.4f %8d%n%n",
                "macro", macroPrecision(), macroRecall(), macroF1(), count));
        r.append("confusion (rows: actual, columns: predicted)\n");
        int cell = Math.max(6, width);
        r.append(" ".repeat(width));
        labels.forEach(l -> r.append(String.format(Locale.ROOT, " %" + cell + "s", l)));
        r.append('\n');
        for (int i = 0; i < labels.size(); i++) {
            r.append(String.format(Locale.ROOT, "%-" + width + "s", labels.get(i)));
            for (int j = 0; j < labels.size(); j++) {
                r.append(String.format(Locale.ROOT, " %" + cell + "d", confusion[i][j]));
            }
            r.append('\n');
        }
        return r.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Evaluation[%d images, loss %.4f, accuracy %.4f, macro recall %.4f, keras recall %.4f]",
                count, loss(), accuracy(), macroRecall(), kerasRecall());
    }
}
