package dev.coinid.research.classification;

import dev.coinid.model.evaluation.ClassMetrics;
import dev.coinid.model.evaluation.Evaluation;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of training one recipe under one protocol and testing it: the test evaluation and
 * what the training cost.
 *
 * @param recipe the settings trained with
 * @param protocol how the photos were split
 * @param settings the builder's settings as trained (input size, epochs, augmentation ...), for the log
 * @param evaluation the test set's evaluation
 * @param trainingSeconds wall time of training, decoding included, testing excluded
 */
public record QualityRun(TrainingRecipe recipe, Protocol protocol, String settings, Evaluation evaluation,
                         double trainingSeconds) {

    public QualityRun {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /** The header of {@link #tableRow()}'s Markdown table. */
    public static String tableHeader() {
        return "| recipe | test set | macro recall | per-class recall | training |\n|---|---|---|---|---|";
    }

    /** One Markdown table row: recipe, protocol, macro recall, per-class recall of the classes tested, training time. */
    public String tableRow() {
        String perClass = evaluation.perClass().stream().filter(c -> c.support() > 0)
                .map(c -> String.format(Locale.ROOT, "%s %.2f", c.label(), c.recall()))
                .collect(Collectors.joining(", "));
        long tested = evaluation.perClass().stream().filter(c -> c.support() > 0).count();
        return String.format(Locale.ROOT, "| %s | %s (%d images, %d classes) | **%.3f** | %s | %.0f s |",
                recipe.name(), protocol.description(), evaluation.count(), tested, evaluation.macroRecall(), perClass,
                trainingSeconds);
    }

    /** The full report: settings, training time, then the evaluation's per-class table and confusion matrix. */
    public String report() {
        String missing = evaluation.perClass().stream().filter(c -> c.support() == 0).map(ClassMetrics::label)
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "=== %s on the %s ===%n%s%ntraining: %.1f s%n%s%s", recipe.name(),
                protocol.description(), settings, trainingSeconds,
                missing.isEmpty() ? "" : "no test images of " + missing + ": macro recall is over the other classes\n",
                evaluation.report());
    }
}
