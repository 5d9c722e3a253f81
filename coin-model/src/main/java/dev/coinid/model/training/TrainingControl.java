package dev.coinid.model.training;

/**
 * What a listener may do to the run it hears, beyond watching: ask it to stop, and keep or put
 * back the model's weights (as early stopping and best-weight keeping do). A listener gets it
 * from {@link TrainingPlan#control()} in {@link TrainingListener#onTrainingStart}. No TensorFlow
 * type shows through: weights travel as opaque {@link WeightsSnapshot}s.
 */
public interface TrainingControl {

    /**
     * Asks the run to stop once the current epoch is over (its listeners heard), reporting
     * {@code reason}; the first request's reason is kept. {@link StopReason#CANCELLED} does what
     * cancelling {@link TrainingPlan#cancellation()} does: stop after the current batch, the
     * unfinished epoch not counted. Callable from any thread.
     */
    void requestStop(StopReason reason);

    /** The epoch whose weights the model holds now: the last finished one, or the one restored; 0 before any. */
    int modelEpoch();

    /** A host copy of the model's weights now, tagged with {@link #modelEpoch()}. Call it on the training thread. */
    WeightsSnapshot snapshotWeights();

    /**
     * Puts back the weights of a snapshot this run made; {@link #modelEpoch()} becomes its epoch.
     * Call it on the training thread.
     *
     * @throws IllegalArgumentException when the snapshot was made by another run
     */
    void restoreWeights(WeightsSnapshot snapshot);
}
