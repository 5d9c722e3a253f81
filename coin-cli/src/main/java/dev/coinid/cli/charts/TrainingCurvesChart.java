package dev.coinid.cli.charts;

import dev.coinid.model.training.EpochResult;
import dev.coinid.model.training.TrainingHistory;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The learning curves of a training run, as the original experiment's notebook drew them: two
 * panels side by side, loss on the left and recall on the right, each with the training curve
 * against the validation curve per epoch. A dashed line marks the epoch whose weights the model
 * kept (the best one when early stopping restored it).
 *
 * <pre>{@code
 * TrainingCurvesChart.of(model.history()).writePng(Path.of("training-curves.png"));
 * }</pre>
 */
public final class TrainingCurvesChart {

    private static final int PANEL_WIDTH = 640;
    private static final int PANEL_HEIGHT = 440;
    private static final Color TRAIN_COLOUR = new Color(31, 119, 180);
    private static final Color VALIDATION_COLOUR = new Color(255, 127, 14);

    private final TrainingHistory history;

    private TrainingCurvesChart(TrainingHistory history) {
        this.history = history;
    }

    /**
     * The curves of {@code history}.
     *
     * @throws IllegalArgumentException when the history holds no epoch (a model not trained here)
     */
    public static TrainingCurvesChart of(TrainingHistory history) {
        Objects.requireNonNull(history, "history");
        if (history.epochs().isEmpty()) {
            throw new IllegalArgumentException("the training history holds no epoch to draw");
        }
        return new TrainingCurvesChart(history);
    }

    /** The left panel: mean categorical cross-entropy per epoch. */
    public XYChart lossPanel() {
        XYChart chart = panel("Loss", "loss (categorical cross-entropy)", LegendPosition.InsideNE);
        addCurves(chart, EpochResult::trainLoss, EpochResult::validationLoss);
        return chart;
    }

    /** The right panel: Keras {@code Recall()} per epoch, on a 0..1 axis. */
    public XYChart recallPanel() {
        XYChart chart = panel("Recall", "recall (Keras, threshold 0.5)", LegendPosition.InsideSE);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        addCurves(chart, EpochResult::trainRecall, EpochResult::validationRecall);
        return chart;
    }

    /** Writes both panels side by side to {@code file} (PNG) and returns its absolute path. */
    public Path writePng(Path file) {
        return ChartPng.write(List.of(lossPanel(), recallPanel()), 1, 2, file);
    }

    private XYChart panel(String title, String yAxisTitle, LegendPosition legend) {
        String fullTitle = marksModelEpoch()
                ? title + " (dashed: epoch " + history.modelEpoch() + ", the weights kept)"
                : title;
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(fullTitle).xAxisTitle("epoch").yAxisTitle(yAxisTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(legend);
        styler.setXAxisDecimalPattern("#");
        styler.setXAxisMin(1.0);
        styler.setXAxisMax((double) Math.max(2, lastEpoch()));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesVisible(true);
        styler.setAnnotationLineColor(Color.GRAY);
        styler.setAnnotationLineStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        return chart;
    }

    private void addCurves(XYChart chart, ToDoubleFunction<EpochResult> train, ToDoubleFunction<EpochResult> validation) {
        List<EpochResult> epochs = history.epochs();
        double[] x = epochs.stream().mapToDouble(EpochResult::epoch).toArray();
        XYSeries trainSeries = chart.addSeries("train", x, epochs.stream().mapToDouble(train).toArray());
        style(trainSeries, TRAIN_COLOUR, SeriesMarkers.CIRCLE);
        if (epochs.stream().allMatch(EpochResult::hasValidation)) {
            XYSeries validationSeries = chart.addSeries("validation", x, epochs.stream().mapToDouble(validation).toArray());
            style(validationSeries, VALIDATION_COLOUR, SeriesMarkers.DIAMOND);
        }
        if (marksModelEpoch()) {
            chart.addAnnotation(new AnnotationLine(history.modelEpoch(), true, false));
        }
    }

    private static void style(XYSeries series, Color colour, Marker marker) {
        series.setLineColor(colour);
        series.setMarkerColor(colour);
        series.setMarker(marker);
    }

    /** Whether the model kept an earlier epoch's weights than the last one's, which the chart then marks. */
    private boolean marksModelEpoch() {
        return history.modelEpoch() > 0 && history.modelEpoch() < lastEpoch();
    }

    private int lastEpoch() {
        return history.epochs().get(history.epochs().size() - 1).epoch();
    }
}
