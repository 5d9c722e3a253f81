package dev.coinid.model.training;

import dev.coinid.error.CoinIdException;
import dev.coinid.error.FileWriteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingHistoryTest {

    private static final TrainingHistory HISTORY = new TrainingHistory(List.of(
            new EpochResult(1, 1.2, 0.4, 0.1, 1.1, 0.5, 0.2, 0.45, 3.5),
            new EpochResult(2, 0.8, 0.7, 0.5, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 3.25)),
            StopReason.EARLY_STOPPED, 1);

    @Test
    void csvHasKerasColumnsAndEmptyCellsForMissingValidation() {
        List<String> lines = HISTORY.toCsv().lines().toList();
        assertThat(lines).containsExactly(
                "epoch,loss,accuracy,recall,val_loss,val_accuracy,val_recall,val_macro_recall,seconds",
                "1,1.200000,0.400000,0.100000,1.100000,0.500000,0.200000,0.450000,3.500",
                "2,0.800000,0.700000,0.500000,,,,,3.250");
    }

    @Test
    void jsonRoundTripKeepsEverythingIncludingNaN() {
        TrainingHistory back = TrainingHistory.fromJson(HISTORY.toJson());
        assertThat(back).isEqualTo(HISTORY);
        assertThat(back.epochs().get(1).hasValidation()).isFalse();
        assertThat(back.modelEpochResult()).contains(HISTORY.epochs().get(0));
    }

    @Test
    void writesFilesInPlace(@TempDir Path dir) throws IOException {
        HISTORY.writeCsv(dir.resolve("out/history.csv"));
        HISTORY.writeJson(dir.resolve("out/history.json"));
        assertThat(Files.readString(dir.resolve("out/history.csv"))).isEqualTo(HISTORY.toCsv());
        assertThat(TrainingHistory.fromJson(Files.readString(dir.resolve("out/history.json")))).isEqualTo(HISTORY);
        assertThat(TrainingHistory.readJson(dir.resolve("out/history.json"))).isEqualTo(HISTORY);
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("history.csv", "history.json");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsACoinIdExceptionNamingIt(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path csv = notAFolder.resolve("history.csv");
        Path json = notAFolder.resolve("history.json");

        assertThatThrownBy(() -> HISTORY.writeCsv(csv))
                .isInstanceOf(FileWriteException.class).isInstanceOf(CoinIdException.class)
                .hasMessageStartingWith(csv + ": cannot write the training history");
        assertThatThrownBy(() -> HISTORY.writeJson(json))
                .isInstanceOf(FileWriteException.class).hasMessageStartingWith(json.toString());
    }

    @Test
    void textThatIsNotAHistoryIsACoinIdExceptionNamingTheFileOrRecord(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> TrainingHistory.fromJson("{\"epochs\": 3"))
                .isInstanceOf(CoinIdException.class)
                .hasMessageStartingWith("training history: not a training history");

        Path broken = Files.writeString(dir.resolve("history.json"), "[1, 2]");
        assertThatThrownBy(() -> TrainingHistory.readJson(broken))
                .isInstanceOf(CoinIdException.class)
                .hasMessageStartingWith(broken + ": not a training history").hasMessageContaining("line 1");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> TrainingHistory.readJson(missing))
                .isInstanceOf(CoinIdException.class)
                .hasMessageStartingWith(missing + ": cannot read the training history");
    }
}
