package org.declutter.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress line of a batch on standard error: inputs done (of how many, when known), rate,
 * time elapsed and time left, one line redrawn in place with a carriage return. It is drawn at most
 * ten times a second, and cleared before anything else is written to standard error and at the end,
 * so it never mixes with error lines or stays behind.
 */
final class Progress {

    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Progress OFF = new Progress(null, 0, "", System::nanoTime);

    private final PrintWriter err;
    private final int total;
    private final String unit;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int done;
    private int drawn;

    /**
     * @param err where the line goes
     * @param total how many inputs the batch has, or 0 when unknown (a stream)
     * @param unit what an input is called on the line ("files", "documents")
     * @param clock the time in nanoseconds, as {@link System#nanoTime()}
     */
    Progress(PrintWriter err, int total, String unit, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.unit = unit;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    /** A progress line that is never drawn. */
    static Progress off() {
        return OFF;
    }

    /** Counts one input as done and redraws the line when it is due. */
    synchronized void advance() {
        done++;
        if (err == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now - lastDraw >= REDRAW_NANOS || (drawn > 0 && done == total)) {
            lastDraw = now;
            draw(line(now - start));
        }
    }

    /** Takes the line off the terminal; the next {@link #advance()} that is due draws it again. */
    synchronized void clear() {
        if (err != null && drawn > 0) {
            err.print('\r' + " ".repeat(drawn) + '\r');
            err.flush();
            drawn = 0;
        }
    }

    /** The line for the given time since the start, e.g. {@code 40/100 files, 12.5/s, 0:03 elapsed, 0:05 left}. */
    String line(long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder();
        line.append(done);
        if (total > 0) {
            line.append('/').append(total);
        }
        line.append(' ').append(unit).append(", ").append(String.format(Locale.ROOT, "%.1f/s", rate))
            .append(", ").append(clock(seconds)).append(" elapsed");
        if (total > 0 && rate > 0) {
            line.append(", ").append(clock((total - done) / rate)).append(" left");
        }
        return line.toString();
    }

    private void draw(String line) {
        err.print('\r' + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
            ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
            : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
