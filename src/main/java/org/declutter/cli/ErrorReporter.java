package org.declutter.cli;

import java.io.PrintWriter;

/**
 * Reports failed inputs on standard error, one line each ({@code declutter: FILE: reason}), with
 * the stack trace only under {@code --debug}, and counts them for the exit code.
 */
final class ErrorReporter {

    private final PrintWriter err;
    private final boolean debug;
    private int failures;

    ErrorReporter(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** Reports one failed input. */
    synchronized void report(String input, String reason, Throwable cause) {
        failures++;
        err.println("declutter: " + PrintableNames.of(input) + ": " + PrintableNames.of(reason));
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }

    /** How many inputs failed so far. */
    synchronized int failures() {
        return failures;
    }
}
