package dev.coinid.model.training;

/**
 * The numbers of one epoch. Training values are the running means over the epoch's (augmented)
 * batches, as Keras reports them; validation values are measured after the epoch on the
 * un-augmented validation set, and are {@code NaN} when there is none.
 *
 * @param epoch the epoch, from 1
 * @param trainLoss mean categorical cross-entropy over the epoch's batches
 * @param trainAccuracy top-1 accuracy over the epoch's batches
 * @param trainRecall Keras {@code Recall()} (softmax output above 0.5 for the true class)
 * @param validationLoss mean cross-entropy on the validation set
 * @param validationAccuracy top-1 accuracy on the validation set
 * @param validationRecall Keras {@code Recall()} on the validation set
 * @param validationMacroRecall mean of the per-class recalls on the validation set
 * @param seconds wall time of the epoch, validation included
 */
public record EpochResult(int epoch, double trainLoss, double trainAccuracy, double trainRecall,
                          double validationLoss, double validationAccuracy, double validationRecall,
                          double validationMacroRecall, double seconds) {

    /** Whether the epoch was validated. */
    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
