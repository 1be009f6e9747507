package org.declutter.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.declutter.source.InputException;

/**
 * The boundary around one document's work: a time limit, and no throwable gets through. Whatever
 * goes wrong (a timeout, a stack overflow, memory running out, a bug in a parser) comes out as an
 * {@link InputException} with a one-line reason, so the document fails and the batch goes on.
 *
 * <p>The work runs on a thread of its own, so that it can be given up on: on timeout the thread is
 * interrupted (the segmenter and classifier stop at the next check) and abandoned; threads are
 * daemons, so an abandoned one (e.g. blocked opening a FIFO nobody writes to) never holds up the
 * exit. The threads get a large stack, so deeply nested input that a third-party parser walks
 * recursively has room before it overflows.
 */
final class DocumentGuard {

    /** Stack size of the threads that clean documents. */
    private static final long STACK_BYTES = 256L << 20;

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(null, runnable, "declutter-document", STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeout;

    /** A guard that gives up after {@code timeout}; zero means no time limit. */
    DocumentGuard(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must not be negative");
        }
        this.timeout = timeout;
    }

    /** Runs one document's work and returns its result; every failure is an {@link InputException}. */
    <T> T run(Callable<T> work) throws InputException {
        Future<T> future = THREADS.submit(work);
        try {
            return timeout.isZero() ? future.get() : future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new InputException("timed out after " + seconds(timeout) + " (see --timeout)", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException("interrupted", e);
        } catch (CancellationException e) {
            throw new InputException("interrupted", e);
        } catch (ExecutionException e) {
            throw reason(e.getCause());
        }
    }

    private static InputException reason(Throwable cause) {
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

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
