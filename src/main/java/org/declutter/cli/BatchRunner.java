package org.declutter.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Applies one task to a stream of inputs on a fixed number of worker threads and hands each result
 * on with its input, in input order, on the calling thread.
 *
 * <p>At most a few inputs per worker are in flight at any time, so memory stays flat however long
 * the stream is, and a slow input holds the output back only until it is done. The task must not
 * throw: it returns its failures as values, so that one bad input never stops a batch.
 */
final class BatchRunner {

    /** Inputs in flight per worker: enough to keep workers busy while one slow result holds up the head. */
    private static final int IN_FLIGHT_PER_WORKER = 4;

    private final int jobs;

    /** A runner with {@code jobs} workers; one worker runs everything on the calling thread. */
    BatchRunner(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        this.jobs = jobs;
    }

    /** Runs {@code task} over every input and passes each input and its result to {@code sink}, in input order. */
    <I, R> void run(Iterator<I> inputs, Function<? super I, ? extends R> task, BiConsumer<? super I, ? super R> sink) {
        if (jobs == 1) {
            while (inputs.hasNext()) {
                I input = inputs.next();
                sink.accept(input, task.apply(input));
            }
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(jobs, runnable -> {
            Thread t = new Thread(runnable, "declutter-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending<I, R>> inFlight = new ArrayDeque<>();
            int limit = jobs * IN_FLIGHT_PER_WORKER;
            while (inputs.hasNext()) {
                I input = inputs.next();
                inFlight.addLast(new Pending<>(input, workers.submit(() -> task.apply(input))));
                if (inFlight.size() >= limit) {
                    inFlight.removeFirst().handOn(sink);
                }
            }
            while (!inFlight.isEmpty()) {
                inFlight.removeFirst().handOn(sink);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** An input whose result a worker is working out. */
    private record Pending<I, R>(I input, Future<? extends R> result) {

        /** Waits for the result and passes it on with its input. */
        void handOn(BiConsumer<? super I, ? super R> sink) {
            sink.accept(input, await(result));
        }
    }

    private static <R> R await(Future<? extends R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            // Tasks report failures as values; anything thrown is a bug and must not be swallowed.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
