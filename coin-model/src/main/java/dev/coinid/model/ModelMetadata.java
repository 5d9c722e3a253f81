package dev.coinid.model;

import dev.coinid.model.architecture.Architecture;
import dev.coinid.model.recipe.Preprocessing;
import dev.coinid.model.training.TrainingHistory;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a saved model says about itself, in {@code coinid-model.json} next to the TensorFlow
 * SavedModel: enough to prepare photos exactly as in training, name the outputs, rebuild the
 * architecture, and check the files were not changed.
 *
 * @param formatVersion the layout of the model directory; {@link #CURRENT_FORMAT} when written by this coinid
 * @param libraryVersion the coinid version that saved it
 * @param labels class labels in the network's output order
 * @param preprocessing how photos become the network's input
 * @param architecture the network's body (the softmax head is implicit)
 * @param training how it was trained (null for a model not trained by coinid)
 * @param history the per-epoch record of training
 * @param metrics final numbers, for example {@code validation_macro_recall}
 * @param checksums SHA-256 of every file of the SavedModel, by path relative to the model directory
 *
 * <p>How many labels a classification lists is a choice of each call ({@link
 * dev.coinid.classification.Classification#top(int)}), not of the model: a file that still carries
 * the {@code topK} field of earlier versions loads, and the field is ignored.
 */
public record ModelMetadata(int formatVersion, String libraryVersion, List<String> labels,
                            Preprocessing preprocessing, Architecture architecture, TrainingSettings training,
                            TrainingHistory history, Map<String, Double> metrics, Map<String, String> checksums) {

    /** The format version this coinid writes and the newest it reads. */
    public static final int CURRENT_FORMAT = 1;

    /** The metadata file's name inside a model directory. */
    public static final String FILE_NAME = "coinid-model.json";

    public ModelMetadata {
        labels = List.copyOf(labels);
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metrics));
        checksums = checksums == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(checksums));
        history = history == null ? TrainingHistory.empty() : history;
    }
}
