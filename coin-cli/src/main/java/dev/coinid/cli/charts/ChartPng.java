package dev.coinid.cli.charts;

import dev.coinid.error.ImageWriteException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.internal.chartpart.Chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes XChart charts to a PNG file, side by side in a grid, through a temporary file moved
 * into place: a reader never sees half a picture, and a failed write leaves no stray file.
 */
final class ChartPng {

    private ChartPng() {
    }

    /**
     * Draws {@code charts} in {@code rows x columns} panels into {@code file}, creating its folder.
     *
     * @throws ImageWriteException naming the file when it cannot be written
     */
    static Path write(List<? extends Chart<?, ?>> charts, int rows, int columns, Path file) {
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                BitmapEncoder.saveBitmap(List.copyOf(charts), rows, columns, out, BitmapFormat.PNG);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new ImageWriteException(file.toString(), "cannot write the chart: " + e, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the write itself succeeded or already failed with a better message
        }
    }
}
