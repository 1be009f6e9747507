package org.declutter.cli;

import java.util.Objects;
import org.declutter.Result;
import org.declutter.source.InputException;

/**
 * What became of one input: its rendered output and the result it came from, or the one-line reason
 * it failed (with the cause kept for {@code --debug}) and the exit code the failure calls for.
 *
 * @param input the input as named on the command line ({@code -} for standard input)
 * @param output the rendered result, or {@code null} when the input failed
 * @param report what the run reports of the cleaned input, or {@code null} when the input failed
 * @param nanos how long reading, cleaning and rendering took
 * @param reason why the input failed, or {@code null} when it was cleaned
 * @param cause the underlying exception of a failure, possibly {@code null}
 * @param code the exit code of a failure ({@link ExitCodes#OK} when cleaned)
 */
record Outcome(String input, String output, Report report, long nanos, String reason, Throwable cause, int code) {

    Outcome {
        Objects.requireNonNull(input, "input");
        if ((output == null) == (reason == null)) {
            throw new IllegalArgumentException("an outcome has an output or a failure reason");
        }
    }

    /** A cleaned input. */
    static Outcome cleaned(String input, String output, Result result, long nanos) {
        return new Outcome(input, output, Report.of(result), nanos, null, null, ExitCodes.OK);
    }

    /** A failed input: it could not be read or cleaned. */
    static Outcome failed(String input, String reason, Throwable cause) {
        return new Outcome(input, null, null, 0, reason, cause, ExitCodes.INPUT_FAILED);
    }

    /** A failed input, with the reason its exception gives. */
    static Outcome failed(String input, InputException failure) {
        return failed(input, failure.getMessage(), failure);
    }

    /** An input in which no article was found, under {@code --low-confidence fail}. */
    static Outcome noArticle(String input, Result result) {
        return new Outcome(input, null, null, 0, ConfidencePolicy.reason(result), null, ExitCodes.NO_ARTICLE);
    }

    /** Whether the input was cleaned. */
    boolean ok() {
        return output != null;
    }
}
