package dev.coinid.match;

import dev.coinid.testing.ModuleApi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * coin-match's module boundary, read from its compiled module-info: its one package is the API,
 * nothing is opened to reflection, and no public signature names a Jackson type.
 */
class ModuleBoundariesTest {

    private static final ModuleApi MODULE = ModuleApi.of(DesignIndex.class);

    @Test
    void exportsItsOnePackageAndOpensNothing() {
        assertThat(MODULE.descriptor().name()).isEqualTo("dev.coinid.match");
        assertThat(MODULE.exportedPackages()).containsExactly("dev.coinid.match");
        assertThat(MODULE.descriptor().packages()).containsExactly("dev.coinid.match");
        assertThat(MODULE.qualifiedExports()).isEmpty();
        assertThat(MODULE.descriptor().opens()).isEmpty();
    }

    @Test
    void passesOnTheCatalogWhoseEntriesItsCandidatesCarry() {
        assertThat(MODULE.transitiveRequires()).containsExactly("dev.coinid.catalog");
    }

    @Test
    void noPublicSignatureNamesAJacksonType() {
        assertThat(MODULE.leaks("com.fasterxml.jackson")).isEmpty();
    }
}
