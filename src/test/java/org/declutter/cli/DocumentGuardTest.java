package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.declutter.source.InputException;
import org.junit.jupiter.api.Test;

class DocumentGuardTest {

    private final DocumentGuard guard = new DocumentGuard(Duration.ofSeconds(30));

    @Test
    void returnsTheResultAndPassesInputExceptionsOn() throws InputException {
        assertThat(guard.run(() -> "clean")).isEqualTo("clean");
        assertThatThrownBy(() -> guard.run(() -> {
            throw new InputException("empty input");
        })).isInstanceOf(InputException.class).hasMessage("empty input");
    }

    @Test
    void givesUpAfterTheTimeLimitAndInterruptsTheWork() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        DocumentGuard quick = new DocumentGuard(Duration.ofMillis(200));
        assertThatThrownBy(() -> quick.run(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        })).isInstanceOf(InputException.class).hasMessage("timed out after 200 ms (see --timeout)");
        interrupted.await();
    }

    @Test
    void turnsEveryThrowableIntoOneLine() {
        assertThatThrownBy(() -> guard.run(() -> {
            throw new StackOverflowError();
        })).isInstanceOf(InputException.class).hasMessage("too deeply nested to clean (stack overflow)");
        assertThatThrownBy(() -> guard.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(InputException.class).hasMessageStartingWith("out of memory while cleaning");
        assertThatThrownBy(() -> guard.run(() -> {
            throw new IllegalStateException("parser bug");
        })).isInstanceOf(InputException.class)
            .hasMessage("internal error: java.lang.IllegalStateException: parser bug (run with --debug for details)");
    }
}
