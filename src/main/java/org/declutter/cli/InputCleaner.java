package org.declutter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.UnaryOperator;
import org.declutter.Declutter;
import org.declutter.render.Renderer;
import org.declutter.source.ReadFailures;
import org.declutter.source.Source;

/**
 * Cleans one input named on the command line and renders it: the unit of work of a run. It never
 * throws for a bad input, so a batch goes on; it holds no state, so several threads may share it.
 */
final class InputCleaner {

    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private final Renderer renderer;
    private final UnaryOperator<Source> configure;
    private final InputStream stdin;
    private final CleaningStep step;

    /**
     * @param declutter the configured cleaner
     * @param renderer the output format
     * @param configure what the command line fixes about every source (its kind, its address)
     * @param stdin the stream {@code -} reads
     * @param lowConfidence what to do with an input in which no article was found
     */
    InputCleaner(Declutter declutter, Renderer renderer, UnaryOperator<Source> configure, InputStream stdin,
                 ConfidencePolicy lowConfidence) {
        this.renderer = renderer;
        this.configure = configure;
        this.stdin = stdin;
        this.step = new CleaningStep(declutter, lowConfidence);
    }

    /** Reads, cleans and renders one input. */
    Outcome clean(Input listed) {
        String input = listed.name();
        if (listed.failure() != null) {
            return Outcome.failed(input, listed.failure(), null);
        }
        Source source;
        try {
            source = input.equals(STDIN) ? Source.ofStream(STDIN, stdin) : Source.of(InputPaths.of(input));
        } catch (IOException e) {
            return Outcome.failed(input, ReadFailures.reason(e), e);
        }
        return step.run(input, configure.apply(source), System.nanoTime(), renderer::render);
    }
}
