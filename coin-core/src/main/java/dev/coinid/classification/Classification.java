package dev.coinid.classification;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a classifier says about one picture: its best label, how sure it is, and the runners-up.
 * A plain value with no TensorFlow in it, so the catalog can turn it into catalog facts without
 * depending on the model, and an application can pass it around freely.
 *
 * @param source the picture's name (a file path, or a name given by the caller)
 * @param topK the most probable labels, best first (five unless a call asked for another number); never empty
 * @param probabilities the probability of every label, in the model's label order
 */
public record Classification(String source, List<LabelScore> topK, List<LabelScore> probabilities) {

    public Classification {
        Objects.requireNonNull(source, "source");
        topK = List.copyOf(topK);
        probabilities = List.copyOf(probabilities);
        if (topK.isEmpty()) {
            throw new IllegalArgumentException("a classification needs at least one label");
        }
    }

    /** The most probable label. */
    public String label() {
        return topK.get(0).label();
    }

    /** The probability of the most probable label. */
    public float confidence() {
        return topK.get(0).probability();
    }

    /**
     * The {@code n} most probable labels, best first (every label when the model has fewer), taken
     * from {@link #probabilities()}: how many to list is a choice of each call.
     */
    public List<LabelScore> top(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        return probabilities.stream()
                .sorted(Comparator.comparingDouble(LabelScore::probability).reversed())
                .limit(n)
                .toList();
    }

    /** This classification with {@link #topK()} holding the {@code n} most probable labels (see {@link #top}). */
    public Classification withTopK(int n) {
        return new Classification(source, top(n), probabilities);
    }
}
