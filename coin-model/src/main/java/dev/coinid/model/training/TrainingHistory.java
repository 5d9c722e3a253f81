package dev.coinid.model.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.coinid.error.FileWriteException;
import dev.coinid.error.CoinIdException;
import dev.coinid.model.internal.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The record of a training run: one {@link EpochResult} per epoch run, why it stopped, and which
 * epoch's weights the model holds. Exportable as CSV (one row per epoch, Keras' column names)
 * and JSON.
 *
 * @param epochs the epochs run, in order
 * @param stopReason why training ended
 * @param modelEpoch the epoch whose weights the model holds (the best one when they were restored)
 */
public record TrainingHistory(List<EpochResult> epochs, StopReason stopReason, int modelEpoch) {

    public TrainingHistory {
        epochs = List.copyOf(epochs);
        Objects.requireNonNull(stopReason, "stopReason");
    }

    /** The history of a model that was not trained here. */
    public static TrainingHistory empty() {
        return new TrainingHistory(List.of(), StopReason.COMPLETED, 0);
    }

    /** The epoch whose weights the model holds, when any epoch ran. */
    public java.util.Optional<EpochResult> modelEpochResult() {
        return epochs.stream().filter(e -> e.epoch() == modelEpoch).findFirst();
    }

    /** CSV with a header row: {@code epoch,loss,accuracy,recall,val_loss,val_accuracy,val_recall,val_macro_recall,seconds}. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("epoch,loss,accuracy,recall,val_loss,val_accuracy,val_recall,val_macro_recall,seconds\n");
        for (EpochResult e : epochs) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s,%s,%.3f%n", e.epoch(),
                    number(e.trainLoss()), number(e.trainAccuracy()), number(e.trainRecall()),
                    number(e.validationLoss()), number(e.validationAccuracy()), number(e.validationRecall()),
                    number(e.validationMacroRecall()), e.seconds()));
        }
        return csv.toString();
    }

    /** This history as indented JSON; {@link #fromJson} reads it back. */
    public String toJson() {
        try {
            return Json.writer().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write training history as JSON", e);
        }
    }

    /**
     * Reads a history written by {@link #toJson}.
     *
     * @throws CoinIdException when the text is not a training history; its message starts with
     *         "training history" and says where the JSON is wrong
     */
    public static TrainingHistory fromJson(String json) {
        return parse("training history", json);
    }

    /**
     * Reads a history written by {@link #writeJson}.
     *
     * @throws CoinIdException naming {@code file} when it cannot be read or is not a training history
     */
    public static TrainingHistory readJson(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new CoinIdException(file.toString(), "cannot read the training history: " + e.getMessage(), e);
        }
        return parse(file.toString(), json);
    }

    private static TrainingHistory parse(String source, String json) {
        try {
            return Json.reader().forType(TrainingHistory.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json);
        } catch (JsonProcessingException e) {
            throw new CoinIdException(source, "not a training history: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"), e);
        }
    }

    /** Writes {@link #toCsv()} to {@code file} (through a temporary file moved into place). */
    public void writeCsv(Path file) {
        write(file, toCsv());
    }

    /** Writes {@link #toJson()} to {@code file} (through a temporary file moved into place). */
    public void writeJson(Path file) {
        write(file, toJson());
    }

    private static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, text);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new FileWriteException(file.toString(), "cannot write the training history: " + e.getMessage(), e);
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
