package org.declutter.cli;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Says what a batch had done when it was interrupted (Ctrl-C, SIGTERM): a shutdown hook that prints
 * one line, {@code declutter: interrupted: 12 of 40 inputs done (1 failed)}, on standard error, or
 * for a JSON Lines stream, whose length is not known, {@code 1200 documents done}. The JVM then
 * exits with 128 + the signal's number (130 for Ctrl-C).
 *
 * <p>A stream's answers go to standard output through {@link #deliver}: the hook waits for an
 * answer being written (a few seconds at most, in case the reader has stopped reading) and lets
 * none start after it, so that the output ends on a whole line and the count says how many lines
 * it holds. It writes to {@link System#err} directly, not through the command's writer, so that a
 * worker holding that writer's lock when the signal comes cannot stop the hook and with it the exit.
 */
final class InterruptSummary implements AutoCloseable {

    /** How long the hook waits for an answer being written before it speaks anyway. */
    private static final long WRITE_WAIT_SECONDS = 3;

    private final int total;
    private final String unit;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean stopped;
    private final Thread hook = new Thread(this::print, "declutter-interrupt");

    private InterruptSummary(int total, String unit) {
        this.total = total;
        this.unit = unit;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts watching a batch of {@code total} inputs. */
    static InterruptSummary ofInputs(int total) {
        return new InterruptSummary(total, "inputs");
    }

    /** Starts watching a JSON Lines stream, of documents not counted beforehand. */
    static InterruptSummary ofStream() {
        return new InterruptSummary(-1, "documents");
    }

    /** Counts one input as done: cleaned ({@code ok}) or failed. */
    void done(boolean ok) {
        done.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
    }

    /**
     * Writes one cleaned document's answer and counts it, unless the run is being interrupted: then
     * nothing more is written.
     */
    void deliver(Runnable write) {
        writing.lock();
        try {
            if (!stopped) {
                write.run();
                done(true);
            }
        } finally {
            writing.unlock();
        }
    }

    private void print() {
        try {
            // Kept once taken: no answer starts after the summary.
            writing.tryLock(WRITE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped = true;
        System.err.println("declutter: interrupted: " + done.get() + (total < 0 ? "" : " of " + total) + " " + unit
            + " done (" + failed.get() + " failed)");
        System.err.flush();
    }

    /** The batch finished: nothing to say at exit. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyExiting) {
            // The JVM is shutting down and runs the hook: the line is printed, as it should be.
        }
    }
}
