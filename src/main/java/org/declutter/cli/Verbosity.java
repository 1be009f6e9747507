package org.declutter.cli;

/** How much declutter says on standard error besides errors: {@code -q}, the default, or {@code -v}. */
enum Verbosity {
    /** Errors only: no progress line. */
    QUIET,
    /** Errors, and a progress line on long batches when standard error is a terminal. */
    NORMAL,
    /** As {@link #NORMAL}, plus one diagnostic line per input. */
    VERBOSE;

    /** The verbosity of the {@code -q} and {@code -v} flags; {@code -q} wins when both are given. */
    static Verbosity of(boolean quiet, boolean verbose) {
        return quiet ? QUIET : verbose ? VERBOSE : NORMAL;
    }
}
