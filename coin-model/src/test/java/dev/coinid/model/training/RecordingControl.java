package dev.coinid.model.training;

import java.util.ArrayList;
import java.util.List;

/** A {@link TrainingControl} without a model, for listener tests: it records stop requests, snapshots and restores. */
final class RecordingControl implements TrainingControl {

    /** A snapshot that holds only its epoch. */
    record Snapshot(int epoch) implements WeightsSnapshot {
    }

    final List<StopReason> stopRequests = new ArrayList<>();
    final List<Integer> snapshotEpochs = new ArrayList<>();
    final List<Integer> restoredEpochs = new ArrayList<>();
    private int modelEpoch;

    /** What the run does after an epoch, before its listeners hear it. */
    void finished(int epoch) {
        modelEpoch = epoch;
    }

    @Override
    public void requestStop(StopReason reason) {
        stopRequests.add(reason);
    }

    @Override
    public int modelEpoch() {
        return modelEpoch;
    }

    @Override
    public WeightsSnapshot snapshotWeights() {
        snapshotEpochs.add(modelEpoch);
        return new Snapshot(modelEpoch);
    }

    @Override
    public void restoreWeights(WeightsSnapshot snapshot) {
        restoredEpochs.add(snapshot.epoch());
        modelEpoch = snapshot.epoch();
    }
}
