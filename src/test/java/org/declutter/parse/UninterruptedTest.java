package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UninterruptedTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void runsTheTaskUninterruptedAndKeepsTheCallersInterruption() {
        Thread.currentThread().interrupt();

        boolean taskSawInterrupt = Uninterrupted.call("test", () -> Thread.currentThread().isInterrupted());

        assertThat(taskSawInterrupt).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void waitsForTheTaskWhenInterruptedWhileWaiting() {
        Thread caller = Thread.currentThread();

        String result = Uninterrupted.call("test", () -> {
            caller.interrupt();
            Thread.sleep(50);
            return "made";
        });

        assertThat(result).isEqualTo("made");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void passesTheTasksFailureOn() {
        assertThatThrownBy(() -> Uninterrupted.call("test", () -> {
            throw new IllegalArgumentException("bad");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");
        assertThatThrownBy(() -> Uninterrupted.call("test", () -> {
            throw new IOException("gone");
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IOException.class);
    }
}
