package org.declutter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Everything a run reports besides its output, called on the run's own thread once per input, in
 * input order: failures (with the exit code they call for), {@code -v} diagnostics, the
 * {@code --rejected} log and the progress line.
 */
final class Monitor {

    private final PrintWriter err;
    private final ErrorReporter errors;
    private final boolean verbose;
    private final Progress progress;
    private final RejectedLog rejected;
    private int worstFailure = ExitCodes.OK;

    /**
     * @param err standard error
     * @param debug whether failures show their stack trace
     * @param verbosity whether to print a diagnostic line per input
     * @param progress the progress line, possibly {@link Progress#off()}
     * @param rejected the {@code --rejected} log, or {@code null}
     */
    Monitor(PrintWriter err, boolean debug, Verbosity verbosity, Progress progress, RejectedLog rejected) {
        this.err = err;
        this.errors = new ErrorReporter(err, debug);
        this.verbose = verbosity == Verbosity.VERBOSE;
        this.progress = progress;
        this.rejected = rejected;
    }

    /** An input was cleaned in {@code nanos} and its output delivered. */
    void cleaned(String input, Report report, long nanos) {
        if (rejected != null) {
            try {
                rejected.write(input, report.removed());
            } catch (OutputException e) {
                // The log failed, not the input, whose output was delivered: said once, under the log's name.
                progress.clear();
                errors.report(rejected.name(), e.getMessage(), e);
                worstFailure = ExitCodes.INPUT_FAILED;
            }
        }
        if (verbose) {
            progress.clear();
            err.printf(Locale.ROOT, "declutter: %s: %s, confidence %.2f, %d ms: %s%n", PrintableNames.of(input),
                report.kind().name().toLowerCase(Locale.ROOT), report.confidence(), TimeUnit.NANOSECONDS.toMillis(nanos),
                report.summary());
            err.flush();
        }
        progress.advance();
    }

    /** An input failed; {@code code} is the exit code it calls for. */
    void failed(String input, String reason, Throwable cause, int code) {
        progress.clear();
        errors.report(input, reason, cause);
        worstFailure = code == ExitCodes.INPUT_FAILED || worstFailure == ExitCodes.OK ? code : worstFailure;
        progress.advance();
    }

    /** Ends the run: clears the progress line and closes the log; returns the run's exit code. */
    int finish() {
        progress.clear();
        if (rejected != null) {
            try {
                rejected.close();
            } catch (IOException e) {
                errors.report(rejected.name(), IoReasons.brief(e), e);
                return ExitCodes.INPUT_FAILED;
            }
        }
        return worstFailure;
    }
}
