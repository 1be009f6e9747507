package org.declutter.cli;

import java.util.function.Function;
import org.declutter.Declutter;
import org.declutter.Result;
import org.declutter.source.InputException;
import org.declutter.source.Source;

/**
 * The work every input shares, whether it is a file or a line of a JSON Lines stream: cleaning,
 * the {@code --low-confidence} policy and rendering, turned into an {@link Outcome}. It never throws
 * for a bad input (what else goes wrong, {@link BatchRunner}'s guard catches) and holds no mutable
 * state, so threads share it.
 */
final class CleaningStep {

    private final Declutter declutter;
    private final ConfidencePolicy lowConfidence;

    CleaningStep(Declutter declutter, ConfidencePolicy lowConfidence) {
        this.declutter = declutter;
        this.lowConfidence = lowConfidence;
    }

    /**
     * Cleans a source and renders what is to be written.
     *
     * @param name what the outcome reports the input as
     * @param source the source to clean
     * @param start when work on the input began ({@link System#nanoTime()}), for its timing
     * @param render turns the result into the output text
     */
    Outcome run(String name, Source source, long start, Function<Result, String> render) {
        try {
            Result result = declutter.clean(source);
            if (lowConfidence.fails(result)) {
                return Outcome.noArticle(name, result);
            }
            Result kept = lowConfidence.apply(result);
            return Outcome.cleaned(name, render.apply(kept), kept, System.nanoTime() - start);
        } catch (InputException e) {
            return Outcome.failed(name, e);
        }
    }
}
