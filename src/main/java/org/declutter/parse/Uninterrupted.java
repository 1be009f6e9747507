package org.declutter.parse;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs a task on a thread of its own, which nothing interrupts, and waits for it whatever happens
 * to the waiting thread meanwhile; an interruption of that thread is kept for it to see afterwards.
 *
 * <p>For work whose failure would last: Tika's set-up, made once for the whole run, waits for its
 * XML parsers interruptibly, and fails for good when the thread that makes it is interrupted (a
 * worker timing out on the run's first document), and with it every later document.
 */
final class Uninterrupted {

    private Uninterrupted() {
    }

    /** The task's result, computed on a new thread called {@code name}. */
    static <T> T call(String name, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, name);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrown(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
