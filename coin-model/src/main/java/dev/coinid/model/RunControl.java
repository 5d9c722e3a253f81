package dev.coinid.model;

import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.model.engine.Weights;
import dev.coinid.model.training.CancellationToken;
import dev.coinid.model.training.StopReason;
import dev.coinid.model.training.TrainingControl;
import dev.coinid.model.training.WeightsSnapshot;

import java.util.Objects;

/**
 * The {@link TrainingControl} of one training run: what its listeners asked (a stop, and why),
 * and the epoch whose weights its engine holds; snapshots are host copies of the engine's weights.
 */
final class RunControl implements TrainingControl {

    /** A snapshot this run made: the engine's weights after {@code epoch}. */
    private record EpochWeights(RunControl owner, int epoch, Weights weights) implements WeightsSnapshot {
    }

    private final TrainingEngine engine;
    private final CancellationToken cancellation;
    private volatile StopReason requested;
    private int modelEpoch;

    RunControl(TrainingEngine engine, CancellationToken cancellation) {
        this.engine = engine;
        this.cancellation = cancellation;
    }

    @Override
    public void requestStop(StopReason reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason == StopReason.CANCELLED) {
            cancellation.cancel();
        } else if (requested == null) {
            requested = reason;
        }
    }

    @Override
    public int modelEpoch() {
        return modelEpoch;
    }

    @Override
    public WeightsSnapshot snapshotWeights() {
        return new EpochWeights(this, modelEpoch, engine.weights());
    }

    @Override
    public void restoreWeights(WeightsSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        if (!(snapshot instanceof EpochWeights kept) || kept.owner() != this) {
            throw new IllegalArgumentException("weights of epoch " + snapshot.epoch()
                    + " were not taken by this training run, which cannot restore them");
        }
        engine.setWeights(kept.weights());
        modelEpoch = kept.epoch();
    }

    /** Records that the engine now holds the weights after {@code epoch}. */
    void finished(int epoch) {
        modelEpoch = epoch;
    }

    /** Whether the run must stop: cancelled, or a listener asked. */
    boolean stopRequested() {
        return cancellation.isCancelled() || requested != null;
    }

    /** Why the run ended: cancelled before all else, then what a listener asked, else completed. */
    StopReason stopReason() {
        if (cancellation.isCancelled()) {
            return StopReason.CANCELLED;
        }
        return requested == null ? StopReason.COMPLETED : requested;
    }
}
