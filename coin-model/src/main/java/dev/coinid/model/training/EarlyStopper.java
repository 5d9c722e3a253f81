package dev.coinid.model.training;

/**
 * The listener that carries out an {@link EarlyStopping} rule's stopping: once the watched value
 * has not improved for {@code patience} epochs in a row, it asks the run to stop with
 * {@link StopReason#EARLY_STOPPED}.
 */
final class EarlyStopper implements TrainingListener {

    private final int patience;
    private final BestEpoch best;
    private TrainingControl control;
    private int sinceBest;

    EarlyStopper(EarlyStopping rule) {
        this.patience = rule.patience();
        this.best = new BestEpoch(rule.monitor(), rule.minDelta());
    }

    @Override
    public void onTrainingStart(TrainingPlan plan) {
        control = plan.control();
    }

    @Override
    public void onEpochEnd(EpochResult epoch) {
        sinceBest = best.offer(epoch) ? 0 : sinceBest + 1;
        if (sinceBest >= patience) {
            control.requestStop(StopReason.EARLY_STOPPED);
        }
    }
}
