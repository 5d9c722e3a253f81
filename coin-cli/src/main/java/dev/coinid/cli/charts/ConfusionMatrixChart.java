package dev.coinid.cli.charts;

import dev.coinid.model.evaluation.Evaluation;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A confusion matrix as a heat map with the count written in every cell: actual class down the
 * side, predicted class along the bottom, darker for more images. The diagonal holds the right
 * answers.
 *
 * <pre>{@code
 * ConfusionMatrixChart.of(model.evaluate(testSet)).writePng(Path.of("confusion-matrix.png"));
 * }</pre>
 */
public final class ConfusionMatrixChart {

    private static final int CELL_PIXELS = 110;
    private static final int MARGIN_PIXELS = 260;

    private final List<String> labels;
    private final int[][] confusion;
    private final String title;

    private ConfusionMatrixChart(List<String> labels, int[][] confusion, String title) {
        this.labels = labels;
        this.confusion = confusion;
        this.title = title;
    }

    /** The confusion matrix of an evaluation, titled with its accuracy and macro recall. */
    public static ConfusionMatrixChart of(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        String title = String.format(Locale.ROOT, "Confusion matrix (%d images, accuracy %.3f, macro recall %.3f)",
                evaluation.count(), evaluation.accuracy(), evaluation.macroRecall());
        return new ConfusionMatrixChart(evaluation.labels(), evaluation.confusionMatrix(), title);
    }

    /** The chart: a heat map of {@code [actual][predicted]} counts with the counts shown. */
    public HeatMapChart chart() {
        int size = Math.max(2, labels.size());
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(size * CELL_PIXELS + MARGIN_PIXELS)
                .height(size * CELL_PIXELS + MARGIN_PIXELS / 2)
                .title(title).xAxisTitle("predicted class").yAxisTitle("actual class").build();
        int max = 0;
        List<Number[]> cells = new ArrayList<>();
        // XChart puts the first y category at the bottom: list the actual classes bottom-up so the
        // matrix reads top-down in label order, like the printed report.
        List<String> actualBottomUp = new ArrayList<>(labels);
        Collections.reverse(actualBottomUp);
        for (int actual = 0; actual < labels.size(); actual++) {
            for (int predicted = 0; predicted < labels.size(); predicted++) {
                int count = confusion[actual][predicted];
                max = Math.max(max, count);
                cells.add(new Number[] {predicted, labels.size() - 1 - actual, count});
            }
        }
        chart.getStyler()
                .setShowValue(true)
                .setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 18))
                .setValueFontColor(Color.BLACK)
                .setHeatMapValueDecimalPattern("#")
                .setMin(0)
                .setMax(Math.max(1, max))
                .setRangeColors(new Color[] {new Color(247, 251, 255), new Color(107, 174, 214), new Color(49, 130, 189)})
                .setDrawBorder(true)
                .setLegendPosition(LegendPosition.OutsideE)
                .setChartBackgroundColor(Color.WHITE)
                .setPlotContentSize(0.95);
        chart.addSeries("images", new ArrayList<>(labels), actualBottomUp, cells);
        return chart;
    }

    /** Writes the heat map to {@code file} (PNG) and returns its absolute path. */
    public Path writePng(Path file) {
        return ChartPng.write(List.of(chart()), 1, 1, file);
    }
}
