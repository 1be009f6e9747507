package org.declutter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.declutter.Result;
import org.declutter.classify.Verdict;
import org.declutter.rules.Category;

/**
 * What {@code --low-confidence} does with an input in which no article was found (an index page, a
 * login wall): see {@link Result#articleFound()}. Inputs with an article pass unchanged.
 */
enum ConfidencePolicy {
    /** Write the best guess anyway (the default: a pipeline loses nothing silently). */
    KEEP,
    /** Write an empty body; every block shows up as removed by {@value #RULE}. */
    EMPTY,
    /** Write nothing and report the input; the run exits with {@link ExitCodes#NO_ARTICLE}. */
    FAIL;

    /** The rule name that removed blocks carry under {@link #EMPTY}. */
    static final String RULE = "low-confidence";

    /** Whether this input must fail rather than be written. */
    boolean fails(Result result) {
        return this == FAIL && !result.articleFound();
    }

    /** The result to write: under {@link #EMPTY} without an article, one with every block removed. */
    Result apply(Result result) {
        if (this != EMPTY || result.articleFound()) {
            return result;
        }
        Verdict none = Verdict.removed(Category.OUTSIDE_ARTICLE, RULE);
        List<Verdict> verdicts = new ArrayList<>(result.verdicts().size());
        for (Verdict v : result.verdicts()) {
            verdicts.add(v.kept() ? none : v);
        }
        return new Result(result.source(), result.kind(), result.metadata(), result.blocks(), verdicts,
            result.confidence());
    }

    /** The one-line reason an input fails under {@link #FAIL}. */
    static String reason(Result result) {
        return String.format(Locale.ROOT, "no article found (confidence %.2f, below %.2f); "
            + "--low-confidence keep writes the best guess", result.confidence(), Result.MIN_CONFIDENCE);
    }
}
