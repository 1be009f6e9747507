package org.declutter.parse;

import java.util.concurrent.CancellationException;

/**
 * The failure of a parse stopped because its thread was interrupted (a caller's time limit), as the
 * rest of the pipeline reports it ({@link org.declutter.Declutter#clean}): a
 * {@link CancellationException}, whatever the parser threw on the way out.
 */
final class Stopped {

    private Stopped() {
    }

    /** The failure, with what the parser threw as its cause. */
    static CancellationException by(Throwable thrown) {
        CancellationException stopped = new CancellationException("interrupted");
        stopped.initCause(thrown);
        return stopped;
    }
}
