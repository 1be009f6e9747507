package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.declutter.source.InputException;
import org.junit.jupiter.api.Test;

class DocumentGuardTest {

    @Test
    void passesInputExceptionsOnAsTheyAre() {
        InputException empty = new InputException("empty input");

        assertThat(DocumentGuard.reason(empty)).isSameAs(empty);
    }

    @Test
    void turnsEveryThrowableIntoOneLine() {
        assertThat(DocumentGuard.reason(new StackOverflowError())).hasMessage("too deeply nested to clean (stack overflow)");
        assertThat(DocumentGuard.reason(new OutOfMemoryError("Java heap space"))).hasMessageStartingWith("out of memory while cleaning");
        assertThat(DocumentGuard.reason(new IllegalStateException("parser bug")))
            .hasMessage("internal error: java.lang.IllegalStateException: parser bug (run with --debug for details)");
    }

    @Test
    void saysHowLongTheLimitWasInItsOwnUnit() {
        assertThat(new DocumentGuard(Duration.ofSeconds(30)).timedOut()).hasMessage("timed out after 30 s (see --timeout)");
        assertThat(new DocumentGuard(Duration.ofMillis(200)).timedOut()).hasMessage("timed out after 200 ms (see --timeout)");
    }

    @Test
    void givesDocumentsDaemonThreadsAndRefusesANegativeLimit() {
        assertThat(DocumentGuard.thread(() -> { }, "declutter-worker").isDaemon()).isTrue();
        assertThatThrownBy(() -> new DocumentGuard(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
