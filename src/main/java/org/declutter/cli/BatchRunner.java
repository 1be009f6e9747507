package org.declutter.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.declutter.source.InputException;

/**
 * Applies one task to a stream of inputs on a fixed number of worker threads, within a
 * {@link DocumentGuard}, and hands each result on with its input, in input order, on the calling
 * thread.
 *
 * <p>At most a few inputs per worker are in flight at any time, so memory stays flat however long
 * the stream is, and a slow input holds the output back only until it is done. Whatever the task
 * throws, and running out of time, fail that input only: its result is then the one the failure
 * function makes of the guard's reason.
 *
 * <p>The workers are the guard's threads and run the task themselves: handing each input on to a
 * thread of its own cost a batch about 7 % of its time. An input that runs out of time is given up
 * on where its result is awaited, counted from when a worker took it up: its thread is interrupted
 * and abandoned, and a new worker takes its place, so that the batch keeps its number of workers.
 */
final class BatchRunner {

    /** Inputs in flight per worker: enough to keep workers busy while one slow result holds up the head. */
    private static final int IN_FLIGHT_PER_WORKER = 4;

    private final int jobs;
    private final DocumentGuard guard;

    /** A runner with {@code jobs} workers, each input within {@code guard}. */
    BatchRunner(int jobs, DocumentGuard guard) {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        this.jobs = jobs;
        this.guard = guard;
    }

    /**
     * Runs {@code task} over every input and passes each input and its result to {@code sink}, in
     * input order; an input whose task throws or runs out of time gets {@code failed}'s result.
     */
    <I, R> void run(Iterator<I> inputs, Function<? super I, ? extends R> task,
                    BiFunction<? super I, ? super InputException, ? extends R> failed,
                    BiConsumer<? super I, ? super R> sink) {
        Workers workers = new Workers(jobs);
        try {
            Deque<Pending<I, R>> inFlight = new ArrayDeque<>();
            int limit = jobs * IN_FLIGHT_PER_WORKER;
            while (inputs.hasNext()) {
                Pending<I, R> pending = new Pending<>(inputs.next());
                workers.execute(() -> pending.run(task, failed, workers));
                inFlight.addLast(pending);
                if (inFlight.size() >= limit) {
                    handOn(inFlight.removeFirst(), failed, workers, sink);
                }
            }
            while (!inFlight.isEmpty()) {
                handOn(inFlight.removeFirst(), failed, workers, sink);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * As {@link #run}, for a stream whose next input may be long in coming (a pipe fed a line at a
     * time): the inputs are read on a thread of their own, so that each result is handed on as soon
     * as it and those before it are done, not when the next input has come. Inputs in flight stay
     * as few as {@link #run}'s: the reader waits for room.
     */
    <I, R> void stream(Iterator<I> inputs, Function<? super I, ? extends R> task,
                       BiFunction<? super I, ? super InputException, ? extends R> failed,
                       BiConsumer<? super I, ? super R> sink) {
        Workers workers = new Workers(jobs);
        BlockingQueue<Pending<I, R>> inFlight = new ArrayBlockingQueue<>(jobs * IN_FLIGHT_PER_WORKER);
        Pending<I, R> end = new Pending<>(null);
        AtomicReference<RuntimeException> readFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                try {
                    while (inputs.hasNext()) {
                        Pending<I, R> pending = new Pending<>(inputs.next());
                        inFlight.put(pending);
                        workers.execute(() -> pending.run(task, failed, workers));
                    }
                } catch (RuntimeException e) {
                    readFailure.set(e);
                }
                inFlight.put(end);
            } catch (InterruptedException e) {
                // The run is over: nothing more to read.
            }
        }, "declutter-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Pending<I, R> pending = inFlight.take(); pending != end; pending = inFlight.take()) {
                handOn(pending, failed, workers, sink);
            }
            if (readFailure.get() != null) {
                throw readFailure.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    private <I, R> void handOn(Pending<I, R> pending, BiFunction<? super I, ? super InputException, ? extends R> failed,
                               Workers workers, BiConsumer<? super I, ? super R> sink) {
        try {
            sink.accept(pending.input, await(pending, failed, workers));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** The input's result once its task is done, or its failure once it has run out of time. */
    private <I, R> R await(Pending<I, R> pending, BiFunction<? super I, ? super InputException, ? extends R> failed,
                           Workers workers) throws InterruptedException {
        try {
            if (guard.timeout().isZero()) {
                return pending.result.get();
            }
            pending.started.await();
            long left = pending.startNanos + guard.timeout().toNanos() - System.nanoTime();
            try {
                return pending.result.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (pending.giveUp(failed.apply(pending.input, guard.timedOut()))) {
                    workers.replace();
                }
                return pending.result.get();
            }
        } catch (ExecutionException e) {
            // Only a failure function that throws completes a result so: a bug, not to be swallowed.
            Throwable bug = e.getCause();
            if (bug instanceof RuntimeException r) {
                throw r;
            }
            if (bug instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(bug);
        }
    }

    /** An input and, once a worker has taken it up, its worker, its start and its result. */
    private static final class Pending<I, R> {
        final I input;
        final CompletableFuture<R> result = new CompletableFuture<>();
        final CountDownLatch started = new CountDownLatch(1);
        volatile long startNanos;
        /** The worker while it works on this input; null before and after. */
        private Thread worker;

        Pending(I input) {
            this.input = input;
        }

        /** Runs the task on the current worker; if the input was given up on meanwhile, the worker retires. */
        void run(Function<? super I, ? extends R> task, BiFunction<? super I, ? super InputException, ? extends R> failed,
                 Workers workers) {
            synchronized (this) {
                worker = Thread.currentThread();
            }
            startNanos = System.nanoTime();
            started.countDown();
            try {
                R value;
                try {
                    value = task.apply(input);
                } catch (Throwable t) {
                    value = failed.apply(input, DocumentGuard.reason(t));
                }
                if (!finish(value)) {
                    workers.retire();
                }
            } catch (RuntimeException | Error bug) {
                // The failure function itself threw: a bug, passed on to whoever waits for the input.
                synchronized (this) {
                    worker = null;
                    result.completeExceptionally(bug);
                }
            }
        }

        private synchronized boolean finish(R value) {
            worker = null;
            return result.complete(value);
        }

        /**
         * Settles the input with {@code failure} unless it is done, and interrupts its worker if that
         * is still on it (never once it has moved on to another input); true if it was given up on.
         */
        synchronized boolean giveUp(R failure) {
            if (!result.complete(failure)) {
                return false;
            }
            if (worker != null) {
                worker.interrupt();
            }
            return true;
        }
    }

    /**
     * The guard's threads as a pool of workers whose number can grow by one for each worker given
     * up on, and shrink back when that worker is done after all.
     */
    private static final class Workers extends ThreadPoolExecutor {

        Workers(int jobs) {
            // Beyond the core size no thread is ever started (the queue is unbounded), so the
            // maximum only has to leave room to grow the core.
            super(jobs, Integer.MAX_VALUE, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> DocumentGuard.thread(runnable, "declutter-worker"));
        }

        /** Adds a worker in place of one given up on. */
        synchronized void replace() {
            setCorePoolSize(getCorePoolSize() + 1);
        }

        /** Removes the extra worker once a worker given up on has finished after all. */
        synchronized void retire() {
            setCorePoolSize(getCorePoolSize() - 1);
        }
    }
}
