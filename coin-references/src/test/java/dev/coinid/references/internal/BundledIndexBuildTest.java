package dev.coinid.references.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BundledIndexBuildTest {

    @Test
    void anIndexNewerThanEveryInputIsKeptAndOneOlderThanAnyIsBuiltAgain(@TempDir Path dir) throws IOException {
        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        Path picture = Files.writeString(pictures.resolve("a.jpg"), "a");
        Path index = dir.resolve("index.json");
        Instant now = Instant.now();
        Files.setLastModifiedTime(picture, FileTime.from(now.minusSeconds(60)));

        assertThat(BundledIndexBuild.isUpToDate(index, List.of(pictures))).as("no index yet").isFalse();

        Files.writeString(index, "{}");
        Files.setLastModifiedTime(index, FileTime.from(now));
        assertThat(BundledIndexBuild.isUpToDate(index, List.of(pictures))).isTrue();

        Files.setLastModifiedTime(picture, FileTime.from(now.plusSeconds(1)));
        assertThat(BundledIndexBuild.isUpToDate(index, List.of(pictures))).as("a picture changed").isFalse();
    }
}
