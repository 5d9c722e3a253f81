package dev.coinid.model.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line per epoch through SLF4J. */
final class EpochLogger implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger(EpochLogger.class.getPackageName());

    @Override
    public void onTrainingStart(TrainingPlan plan) {
        LOG.info("training on {} images ({} validation), {} classes, up to {} epochs", plan.trainImages(),
                plan.validationImages(), plan.labels().size(), plan.epochs());
    }

    @Override
    public void onEpochEnd(EpochResult e) {
        LOG.info(String.format(java.util.Locale.ROOT,
                "epoch %d: loss %.4f acc %.4f recall %.4f | val_loss %.4f val_acc %.4f val_macro_recall %.4f (%.1fs)",
                e.epoch(), e.trainLoss(), e.trainAccuracy(), e.trainRecall(), e.validationLoss(),
                e.validationAccuracy(), e.validationMacroRecall(), e.seconds()));
    }

    @Override
    public void onTrainingEnd(TrainingHistory history) {
        LOG.info("training {} after {} epochs; model from epoch {}", history.stopReason(), history.epochs().size(),
                history.modelEpoch());
    }
}
