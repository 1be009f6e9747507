package org.declutter.cli;

/** The exit codes of the command line, as listed in {@code --help} and the README. */
public final class ExitCodes {

    /** Every input was cleaned. */
    public static final int OK = 0;
    /** At least one input failed; the others were still cleaned. */
    public static final int INPUT_FAILED = 1;
    /** The command line or a rule file is wrong; nothing was cleaned. */
    public static final int USAGE = 2;
    /** No article was found in an input and {@code --low-confidence fail} was given; no other input failed. */
    public static final int NO_ARTICLE = 3;
    /** Interrupted (Ctrl-C): 128 + SIGINT. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
