package dev.coinid.model.training;

import java.util.List;
import java.util.Objects;

/**
 * What a training run is about to do, given to {@link TrainingListener#onTrainingStart}.
 *
 * @param labels the class labels, in class-index order
 * @param epochs the most epochs it will run
 * @param batchesPerEpoch training batches in each epoch
 * @param trainImages images in the training set
 * @param validationImages images in the validation set (0 without one)
 * @param cancellation the run's token: a listener may cancel it to stop after the current batch
 * @param control the run's handle: a listener may ask it to stop after the current epoch, and keep
 *                or restore the model's weights
 */
public record TrainingPlan(List<String> labels, int epochs, int batchesPerEpoch, int trainImages,
                           int validationImages, CancellationToken cancellation, TrainingControl control) {

    public TrainingPlan {
        labels = List.copyOf(labels);
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(control, "control");
    }
}
