package dev.coinid.artifact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArtifactDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void writesANewArtifactAndReplacesAnOldOneWithNothingLeftBeside() throws IOException {
        Path target = temp.resolve("model");
        ArtifactDirectory.replace(target, dir -> Files.writeString(dir.resolve("marker.json"), "first"));
        ArtifactDirectory.replace(target, dir -> Files.writeString(dir.resolve("marker.json"), "second"));

        assertThat(Files.readString(target.resolve("marker.json"))).isEqualTo("second");
        assertThat(siblings()).containsExactly("model");
    }

    @Test
    void aFailedWriteLeavesTheOldArtifactAsItWasAndNoTemporaryDirectory() throws IOException {
        Path target = temp.resolve("index");
        ArtifactDirectory.replace(target, dir -> Files.writeString(dir.resolve("marker.json"), "kept"));

        assertThatThrownBy(() -> ArtifactDirectory.replace(target, dir -> {
            Files.writeString(dir.resolve("half.bin"), "half");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(target.resolve("marker.json"))).isEqualTo("kept");
        assertThat(target.resolve("half.bin")).doesNotExist();
        assertThat(siblings()).containsExactly("index");
    }

    @Test
    void refusesAFileAndAForeignDirectoryButNotAnEmptyOneOrAnArtifactOfItsKind() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");
        Path foreign = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(foreign.resolve("coin.jpg"), "x");
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path artifact = Files.createDirectories(temp.resolve("artifact"));
        Files.writeString(artifact.resolve("marker.json"), "{}");

        assertThat(ArtifactDirectory.refusal(file, "marker.json")).hasValueSatisfying(
                problem -> assertThat(problem).contains("not a directory"));
        assertThat(ArtifactDirectory.refusal(foreign, "marker.json")).hasValueSatisfying(
                problem -> assertThat(problem).contains("holds no marker.json"));
        assertThat(ArtifactDirectory.refusal(empty, "marker.json")).isEmpty();
        assertThat(ArtifactDirectory.refusal(artifact, "marker.json")).isEmpty();
        assertThat(ArtifactDirectory.refusal(temp.resolve("absent"), "marker.json")).isEmpty();
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
