package org.declutter.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.declutter.Declutter;
import org.declutter.Result;
import org.declutter.render.Renderer;
import org.declutter.source.InputException;
import org.declutter.source.Source;

/**
 * Cleans one input named on the command line and renders it: the unit of work of a run. It never
 * throws for a bad input, so a batch goes on; it holds no state, so several threads may share it.
 */
final class InputCleaner {

    /** The name that stands for standard input. */
    static final String STDIN = "-";

    private final Declutter declutter;
    private final Renderer renderer;
    private final UnaryOperator<Source> configure;
    private final InputStream stdin;
    private final ConfidencePolicy lowConfidence;
    private final DocumentGuard guard;

    /**
     * @param declutter the configured cleaner
     * @param renderer the output format
     * @param configure what the command line fixes about every source (its kind, its address)
     * @param stdin the stream {@code -} reads
     * @param lowConfidence what to do with an input in which no article was found
     * @param guard the time limit and failure boundary of each input
     */
    InputCleaner(Declutter declutter, Renderer renderer, UnaryOperator<Source> configure, InputStream stdin,
                 ConfidencePolicy lowConfidence, DocumentGuard guard) {
        this.declutter = declutter;
        this.renderer = renderer;
        this.configure = configure;
        this.stdin = stdin;
        this.lowConfidence = lowConfidence;
        this.guard = guard;
    }

    /** Reads, cleans and renders one input. */
    Outcome clean(String input) {
        Source source = input.equals(STDIN) ? Source.ofStream(STDIN, stdin) : Source.of(Path.of(input));
        long start = System.nanoTime();
        try {
            return guard.run(() -> {
                Result result = declutter.clean(configure.apply(source));
                if (lowConfidence.fails(result)) {
                    return Outcome.noArticle(input, result);
                }
                Result kept = lowConfidence.apply(result);
                return Outcome.cleaned(input, renderer.render(kept), kept, System.nanoTime() - start);
            });
        } catch (InputException e) {
            return Outcome.failed(input, e.getMessage(), e);
        }
    }
}
