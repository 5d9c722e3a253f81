package dev.coinid.model;

import dev.coinid.testing.ModuleApi;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * coin-model's module boundary, read from its compiled module-info: the API packages are
 * exported, the TensorFlow engine only to the benchmarks and the research harness, the internal
 * plumbing to nobody, and
 * no public signature of the API names an engine, internal, TensorFlow or Jackson type.
 */
class ModuleBoundariesTest {

    private static final ModuleApi MODULE = ModuleApi.of(CoinClassifier.class);

    @Test
    void exportsTheApiPackagesToEveryone() {
        assertThat(MODULE.descriptor().name()).isEqualTo("dev.coinid.model");
        assertThat(MODULE.exportedPackages()).containsExactly("dev.coinid.model", "dev.coinid.model.architecture",
                "dev.coinid.model.evaluation", "dev.coinid.model.recipe", "dev.coinid.model.training");
    }

    @Test
    void exportsTheEngineToTheBenchmarksAndResearchOnlyAndTheInternalsToNobody() {
        assertThat(MODULE.qualifiedExports())
                .isEqualTo(Map.of("dev.coinid.model.engine", Set.of("dev.coinid.bench", "dev.coinid.research")));
        Set<String> unexported = new TreeSet<>(MODULE.descriptor().packages());
        unexported.removeAll(MODULE.exportedPackages());
        assertThat(unexported).containsExactly("dev.coinid.model.engine", "dev.coinid.model.internal");
    }

    @Test
    void opensPackagesToJacksonAlone() {
        assertThat(MODULE.descriptor().isOpen()).isFalse();
        assertThat(MODULE.descriptor().opens()).isNotEmpty().allSatisfy(opens -> {
            assertThat(opens.targets()).containsExactly("com.fasterxml.jackson.databind");
            assertThat(MODULE.exportedPackages()).contains(opens.source());
        });
    }

    @Test
    void passesOnOnlyTheModulesItsApiShows() {
        assertThat(MODULE.transitiveRequires()).containsExactly("dev.coinid.augment", "dev.coinid.core");
        assertThat(MODULE.descriptor().requires()).extracting(ModuleDescriptor.Requires::name)
                .contains("tensorflow", "com.fasterxml.jackson.databind");
    }

    /**
     * The classifier ({@code dev.coinid.model}) uses the engine, the recipe and the training values;
     * none of them uses it back, so the packages form no cycle. Read from the sources' imports.
     */
    @Test
    void noOtherPackageOfTheModuleDependsOnTheClassifiersPackage() throws IOException {
        List<String> backEdges = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/coinid/model"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (source.getParent().endsWith(Path.of("dev/coinid/model"))) {
                    continue;
                }
                Files.readAllLines(source).stream().filter(line -> line.matches("import dev\\.coinid\\.model\\.[A-Z].*"))
                        .forEach(line -> backEdges.add(source.getFileName() + ": " + line));
            }
        }
        assertThat(backEdges).isEmpty();
    }

    @Test
    void noPublicSignatureNamesAnInternalTensorFlowOrJacksonType() {
        assertThat(MODULE.leaks("org.tensorflow", "com.fasterxml.jackson")).isEmpty();
    }
}
