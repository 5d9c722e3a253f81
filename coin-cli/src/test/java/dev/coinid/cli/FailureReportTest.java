package dev.coinid.cli;

import dev.coinid.error.DatasetLayoutException;
import dev.coinid.error.ImageDecodeException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReportTest {

    @Test
    void badDataIsExitCodeOne() {
        assertThat(FailureReport.exitCodeOf(new DatasetLayoutException("photos", "folder does not exist")))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(FailureReport.exitCodeOf(new ImageDecodeException("a.jpg", "truncated"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(FailureReport.exitCodeOf(new UncheckedIOException(new IOException("disk full"))))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void anythingUnexpectedIsExitCodeThree() {
        assertThat(FailureReport.exitCodeOf(new IllegalStateException("bug"))).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(FailureReport.exitCodeOf(new NullPointerException())).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(FailureReport.exitCodeOf(new OutOfMemoryError())).isEqualTo(ExitCodes.INTERNAL_ERROR);
    }

    @Test
    void theMessageIsOneLineAndNamesTheTypeOnlyWhenTheMessageIsNotOurs() {
        assertThat(FailureReport.messageOf(new ImageDecodeException("a.jpg", "truncated\n  after 20 bytes")))
                .isEqualTo("a.jpg: truncated after 20 bytes");
        assertThat(FailureReport.messageOf(new IllegalStateException("session closed")))
                .isEqualTo("IllegalStateException: session closed");
        assertThat(FailureReport.messageOf(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
