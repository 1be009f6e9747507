package org.declutter.cli;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.declutter.source.InputException;

/**
 * The boundary around one document's work: a time limit, a large stack, and no throwable gets
 * through. Whatever goes wrong (a timeout, a stack overflow, memory running out, a bug in a parser)
 * comes out as an {@link InputException} with a one-line reason, so the document fails and the
 * batch goes on. {@link BatchRunner} applies it to every input.
 *
 * <p>Documents are cleaned on threads made here: daemons, so that one abandoned on timeout (still
 * parsing, or blocked opening a FIFO nobody writes to) never holds up the exit, and with a large
 * stack, so that deeply nested input that a third-party parser walks recursively has room before it
 * overflows.
 */
final class DocumentGuard {

    /** Stack size of the threads that clean documents. */
    private static final long STACK_BYTES = 256L << 20;

    private final Duration timeout;

    /** A guard that gives up after {@code timeout}; zero means no time limit. */
    DocumentGuard(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must not be negative");
        }
        this.timeout = timeout;
    }

    /** How long one document may take; zero when there is no limit. */
    Duration timeout() {
        return timeout;
    }

    /** A daemon thread with a stack large enough for deeply nested documents, not yet started. */
    static Thread thread(Runnable work, String name) {
        Thread thread = new Thread(null, work, name, STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    }

    /** The failure of a document that ran out of time. */
    InputException timedOut() {
        long ms = timeout.toMillis();
        return new InputException("timed out after " + (ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms") + " (see --timeout)");
    }

    /** The one-line reason for anything a document's work threw. */
    static InputException reason(Throwable cause) {
        if (cause instanceof InputException input) {
            return input;
        }
        if (cause instanceof StackOverflowError) {
            return new InputException("too deeply nested to clean (stack overflow)", cause);
        }
        if (cause instanceof OutOfMemoryError) {
            return new InputException("out of memory while cleaning (see --max-size, or raise -Xmx in JAVA_OPTS)", cause);
        }
        if (cause instanceof CancellationException) {
            return new InputException("interrupted", cause);
        }
        // A parser bug on one odd input must cost that input, not the batch.
        return new InputException("internal error: " + cause + " (run with --debug for details)", cause);
    }
}
