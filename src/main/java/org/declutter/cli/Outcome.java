package org.declutter.cli;

import java.util.Objects;

/**
 * What became of one input: its rendered output, or the one-line reason it failed (with the cause
 * kept for {@code --debug}).
 *
 * @param input the input as named on the command line ({@code -} for standard input)
 * @param output the rendered result, or {@code null} when the input failed
 * @param reason why the input failed, or {@code null} when it was cleaned
 * @param cause the underlying exception of a failure, possibly {@code null}
 */
record Outcome(String input, String output, String reason, Throwable cause) {

    Outcome {
        Objects.requireNonNull(input, "input");
        if ((output == null) == (reason == null)) {
            throw new IllegalArgumentException("an outcome has an output or a failure reason");
        }
    }

    /** A cleaned input. */
    static Outcome cleaned(String input, String output) {
        return new Outcome(input, output, null, null);
    }

    /** A failed input. */
    static Outcome failed(String input, String reason, Throwable cause) {
        return new Outcome(input, null, reason, cause);
    }

    /** Whether the input was cleaned. */
    boolean ok() {
        return output != null;
    }
}
