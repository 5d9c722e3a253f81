package dev.coinid.cli;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.error.DatasetLayoutException;
import dev.coinid.cli.charts.ConfusionMatrixChart;
import dev.coinid.model.CoinClassifier;
import dev.coinid.model.evaluation.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code coinid evaluate <model> <folder>}: measures a saved model on a folder of labelled
 * photos and prints accuracy, macro recall, Keras-style recall, per-class metrics and the
 * confusion matrix; optionally draws the matrix as a PNG.
 */
@Command(name = "evaluate", sortOptions = false,
        description = "Measures a saved model on a folder of labelled photos: accuracy, macro recall, Keras-style "
                + "recall, per-class precision/recall/F1 and the confusion matrix.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<model>", description = "A model directory saved by 'coinid train'.")
    Path model;

    @Parameters(index = "1", paramLabel = "<folder>", description = "Labelled photos, laid out as for 'train'; "
            + "their classes must be classes of the model.")
    Path folder;

    @Mixin
    DatasetOptions dataset = new DatasetOptions();

    @Option(names = "--confusion-png", paramLabel = "<file>", description = "Also draw the confusion matrix here.")
    Path confusionPng;

    @Override
    public Integer call() {
        dataset.checkOptions(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        try (CoinClassifier classifier = CoinClassifier.load(model)) {
            ImageDataset photos = inModelOrder(dataset.read(folder), classifier.labels());
            out.printf(Locale.ROOT, "Evaluating %s on %d photos from %s%n", model, photos.size(), folder);
            out.flush();
            Evaluation evaluation = classifier.evaluate(photos);
            out.print(evaluation.report());
            if (confusionPng != null) {
                out.println("Confusion matrix: " + ConfusionMatrixChart.of(evaluation).writePng(confusionPng));
            }
        }
        return ExitCodes.OK;
    }

    /** The photos with the model's class order, so label indices agree; fails on a class the model lacks. */
    private ImageDataset inModelOrder(ImageDataset photos, List<String> modelLabels) {
        List<String> unknown = photos.countsByLabel().entrySet().stream()
                .filter(count -> count.getValue() > 0 && !modelLabels.contains(count.getKey()))
                .map(count -> count.getKey())
                .toList();
        if (!unknown.isEmpty()) {
            throw new DatasetLayoutException(folder.toString(), "has classes the model does not know: " + unknown
                    + "; the model knows " + modelLabels);
        }
        return ImageDataset.of(modelLabels, photos.images());
    }
}
