package dev.coinid.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.coinid.augment.Augmentation;
import dev.coinid.model.training.EarlyStopping;
import dev.coinid.model.training.LearningRateSchedule;

/**
 * How a model was trained, saved in its metadata for the record.
 *
 * @param epochs the most epochs asked for
 * @param batchSize images per training batch
 * @param learningRate Adam's (base) learning rate
 * @param seed the seed of weight initialisation, shuffles and augmentation
 * @param earlyStopping the early-stopping rule
 * @param augmentation the augmentation used, saved as a JSON object of its fields; null when unknown
 *                     (an older file whose description of it could not be read back)
 * @param schedule how the learning rate changed over the epochs ({@link LearningRateSchedule#CONSTANT}
 *                 when absent, as in models saved before schedules existed)
 */
public record TrainingSettings(int epochs, int batchSize, double learningRate, long seed,
                               EarlyStopping earlyStopping,
                               @JsonSerialize(using = AugmentationJson.Serializer.class)
                               @JsonDeserialize(using = AugmentationJson.Deserializer.class) Augmentation augmentation,
                               LearningRateSchedule schedule) {

    public TrainingSettings {
        schedule = schedule == null ? LearningRateSchedule.CONSTANT : schedule;
    }

    /** Settings with a constant learning rate. */
    public TrainingSettings(int epochs, int batchSize, double learningRate, long seed, EarlyStopping earlyStopping,
                            Augmentation augmentation) {
        this(epochs, batchSize, learningRate, seed, earlyStopping, augmentation, LearningRateSchedule.CONSTANT);
    }
}
