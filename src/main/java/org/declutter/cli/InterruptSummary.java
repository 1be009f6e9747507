package org.declutter.cli;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Says what a batch had done when it was interrupted (Ctrl-C, SIGTERM): a shutdown hook that prints
 * one line, {@code declutter: interrupted: 12 of 40 inputs done (1 failed)}, on standard error.
 * The JVM then exits with 128 + the signal's number (130 for Ctrl-C).
 *
 * <p>It writes to {@link System#err} directly, not through the command's writer, so that a worker
 * holding that writer's lock when the signal comes cannot stop the hook and with it the exit.
 */
final class InterruptSummary implements AutoCloseable {

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Thread hook = new Thread(this::print, "declutter-interrupt");

    /** Starts watching a batch of {@code total} inputs. */
    InterruptSummary(int total) {
        this.total = total;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Counts one input as done: cleaned ({@code ok}) or failed. */
    void done(boolean ok) {
        done.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
    }

    private void print() {
        System.err.println("declutter: interrupted: " + done.get() + " of " + total + " inputs done ("
            + failed.get() + " failed)");
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
