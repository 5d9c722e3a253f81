package dev.coinid.model.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listener that carries out {@link EarlyStopping#restoreBestWeights()}: it keeps a host copy
 * of the weights of the best epoch by the rule's monitor and, when training stops, puts them back
 * unless the model already holds them, so the model ends with its best epoch.
 */
final class BestWeightsKeeper implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger(BestWeightsKeeper.class);

    private final BestEpoch best;
    private TrainingControl control;
    private WeightsSnapshot bestWeights;

    BestWeightsKeeper(EarlyStopping rule) {
        this.best = new BestEpoch(rule.monitor(), rule.minDelta());
    }

    @Override
    public void onTrainingStart(TrainingPlan plan) {
        control = plan.control();
    }

    @Override
    public void onEpochEnd(EpochResult epoch) {
        if (best.offer(epoch)) {
            bestWeights = control.snapshotWeights();
        }
    }

    @Override
    public void onTrainingStop(StopReason reason) {
        if (bestWeights != null && bestWeights.epoch() != control.modelEpoch()) {
            control.restoreWeights(bestWeights);
            LOG.info("restored the weights of epoch {} ({} {})", bestWeights.epoch(), best.monitor(), best.value());
        }
    }
}
