package dev.coinid.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The limits {@code coinid serve} runs with by default, and the ones it refuses. */
class ServeLimitsTest {

    @Test
    void theDefaultsAre25MbAPhotoTenPhotosAndOneWorkerPerCore() {
        ServeLimits limits = ServeLimits.defaults();
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(limits.maxPhotoBytes()).isEqualTo(25L * 1024 * 1024);
        assertThat(limits.maxPhotos()).isEqualTo(10);
        assertThat(limits.workers()).isEqualTo(cores);
        assertThat(limits.waiting()).isEqualTo(16 * cores);
        assertThat(limits.maxRequestBytes()).isEqualTo(251L * 1024 * 1024);
    }

    @Test
    void noWorkerOrNoPhotoIsRefused() {
        assertThatThrownBy(() -> ServeLimits.defaults().withWorkers(0, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workers 0");
        assertThatThrownBy(() -> ServeLimits.defaults().withMaxPhotoBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("photo bytes 0");
    }
}
