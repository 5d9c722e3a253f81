package dev.coinid.model.training;

/**
 * The progress after one training batch, given to {@link TrainingListener#onBatchEnd}.
 *
 * @param epoch the epoch, from 1
 * @param batch the batch just finished, from 1
 * @param batches batches in this epoch
 * @param loss this batch's mean loss
 * @param runningLoss the mean loss of the epoch's batches so far (what Keras' progress bar shows)
 * @param runningRecall the Keras {@code Recall()} of the epoch's batches so far
 * @param imagesPerSecond training throughput of the epoch so far
 */
public record BatchResult(int epoch, int batch, int batches, double loss, double runningLoss,
                          double runningRecall, double imagesPerSecond) {
}
