package dev.coinid.research.classification;

import dev.coinid.model.evaluation.Evaluation;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The confusion matrices of one recipe's runs side by side in one PNG, a panel per protocol:
 * actual class down the side, predicted class along the bottom, the count in every cell, each
 * panel titled with its test set, macro recall and 1c recall, so the 1c-against-2c cells of the
 * protocols can be compared at a glance.
 */
public final class ConfusionMatrixPanels {

    private static final int PANEL_WIDTH = 640;
    private static final int PANEL_HEIGHT = 560;

    private final List<HeatMapChart> panels;

    private ConfusionMatrixPanels(List<HeatMapChart> panels) {
        this.panels = panels;
    }

    /** A panel per run, in the runs' order. */
    public static ConfusionMatrixPanels of(List<QualityRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to draw");
        }
        return new ConfusionMatrixPanels(runs.stream().map(ConfusionMatrixPanels::panel).toList());
    }

    /** The panels, for a caller that lays them out itself. */
    public List<HeatMapChart> panels() {
        return panels;
    }

    /** Writes the panels in one row to {@code file} (PNG), through a temporary file moved into place; returns its absolute path. */
    public Path writePng(Path file) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                BitmapEncoder.saveBitmap(new ArrayList<>(panels), 1, panels.size(), out, BitmapFormat.PNG);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the confusion matrices to " + target, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already succeeded or failed with a better message
                }
            }
        }
    }

    private static HeatMapChart panel(QualityRun run) {
        Evaluation evaluation = run.evaluation();
        List<String> labels = evaluation.labels();
        String oneCent = labels.contains("1c")
                ? String.format(Locale.ROOT, ", 1c %.3f", evaluation.perClass("1c").recall()) : "";
        HeatMapChart chart = new HeatMapChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
                .title(String.format(Locale.ROOT, "%s, %s: macro recall %.3f%s", run.recipe().name(),
                        run.protocol().shortName(), evaluation.macroRecall(), oneCent))
                .xAxisTitle("predicted class").yAxisTitle("actual class").build();
        int[][] confusion = evaluation.confusionMatrix();
        List<Number[]> cells = new ArrayList<>();
        int max = 1;
        for (int actual = 0; actual < labels.size(); actual++) {
            for (int predicted = 0; predicted < labels.size(); predicted++) {
                max = Math.max(max, confusion[actual][predicted]);
                // XChart puts the first y category at the bottom: rows listed bottom-up read top-down
                cells.add(new Number[] {predicted, labels.size() - 1 - actual, confusion[actual][predicted]});
            }
        }
        List<String> bottomUp = new ArrayList<>(labels);
        Collections.reverse(bottomUp);
        chart.getStyler()
                .setShowValue(true)
                .setValueFont(new Font(Font.SANS_SERIF, Font.BOLD, 14))
                .setValueFontColor(Color.BLACK)
                .setHeatMapValueDecimalPattern("#")
                .setMin(0)
                .setMax(max)
                .setRangeColors(new Color[] {new Color(247, 251, 255), new Color(253, 174, 107), new Color(230, 85, 13)})
                .setDrawBorder(true)
                .setLegendVisible(false)
                .setLegendPosition(LegendPosition.OutsideE)
                .setChartTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13))
                .setChartBackgroundColor(Color.WHITE)
                .setPlotContentSize(0.95);
        chart.addSeries("images", new ArrayList<>(labels), bottomUp, cells);
        return chart;
    }
}
