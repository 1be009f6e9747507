package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: drawn in place on a terminal-like sink, silent when off, never left behind. */
class ProgressTest {

    private final StringWriter sink = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private Progress progress(int total) {
        return new Progress(new PrintWriter(sink), total, "files", now::get);
    }

    private void tick(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void showsDoneOfTotalRateElapsedAndTimeLeft() {
        Progress progress = progress(10);
        tick(2000);
        for (int i = 0; i < 4; i++) {
            progress.advance();
        }

        assertThat(progress.line(TimeUnit.SECONDS.toNanos(2))).isEqualTo("4/10 files, 2.0/s, 0:02 elapsed, 0:03 left");
    }

    @Test
    void redrawsOneLineInPlaceWithCarriageReturns() {
        Progress progress = progress(3);
        tick(500);
        progress.advance();
        tick(500);
        progress.advance();

        assertThat(sink.toString()).startsWith("\r1/3 files").contains("\r2/3 files").doesNotContain("\n");
    }

    @Test
    void drawsAtMostTenTimesASecond() {
        Progress progress = progress(1000);
        tick(200);
        for (int i = 0; i < 50; i++) {
            progress.advance();
        }

        assertThat(sink.toString().chars().filter(c -> c == '\r').count()).isEqualTo(1);
    }

    @Test
    void clearsItsLineSoThatNothingStaysBehind() {
        Progress progress = progress(2);
        tick(500);
        progress.advance();
        progress.clear();

        String written = sink.toString();
        assertThat(written).endsWith("\r" + " ".repeat("1/2 files, 2.0/s, 0:01 elapsed, 0:01 left".length()) + "\r");
    }

    @Test
    void aStreamOfUnknownLengthShowsNoTotalAndNoTimeLeft() {
        Progress progress = new Progress(new PrintWriter(sink), 0, "documents", now::get);
        tick(1000);
        progress.advance();

        assertThat(sink.toString()).isEqualTo("\r1 documents, 1.0/s, 0:01 elapsed");
    }

    @Test
    void aBatchGivenATerminalShowsTheLineAndClearsItAtTheEnd() {
        Progress progress = progress(3);
        Monitor monitor = new Monitor(new PrintWriter(sink), false, Verbosity.NORMAL, progress, null);
        // The clock moves as results are handed on, on the calling thread, where the line is drawn.
        new BatchRunner(1, new DocumentGuard(Duration.ZERO)).run(List.of("a", "b", "c").iterator(), input -> input,
            (input, failure) -> input, (input, result) -> {
                tick(300);
                monitor.failed(result, "unreadable", null, ExitCodes.INPUT_FAILED);
            });
        int code = monitor.finish();

        String written = sink.toString();
        assertThat(written).contains("\r1/3 files").contains("declutter: b: unreadable\n");
        assertThat(written.substring(written.lastIndexOf("unreadable\n"))).matches("(?s)unreadable\n\r3/3 files.*\r *\r");
        assertThat(code).isEqualTo(ExitCodes.INPUT_FAILED);
    }

    @Test
    void offNeverWrites() {
        Progress progress = Progress.off();
        progress.advance();
        progress.clear();

        assertThat(sink.toString()).isEmpty();
    }
}
