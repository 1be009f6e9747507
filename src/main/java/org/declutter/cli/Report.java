package org.declutter.cli;

import java.util.List;
import org.declutter.Result;
import org.declutter.render.Summary;
import org.declutter.source.MediaKind;

/**
 * What a run reports of a cleaned input once its output is delivered: what the input was read as,
 * how sure main-content detection was, the removed blocks (for {@code --rejected}) and the summary
 * line (for {@code -v}). An outcome keeps this rather than the {@link Result}, which holds the whole
 * parsed document: outcomes wait for their turn in input order, and a document kept that long
 * outlives young collections and piles up, dead, in the old generation, so that a long stream's
 * memory rose with its length.
 *
 * @param kind what the input was read as
 * @param confidence how sure main-content detection was that the input holds an article
 * @param removed the removed blocks, in order
 * @param summary what was kept and removed, in one line
 */
record Report(MediaKind kind, double confidence, List<Result.Removed> removed, String summary) {

    Report {
        removed = List.copyOf(removed);
    }

    /** The report of a result. */
    static Report of(Result result) {
        return new Report(result.kind(), result.confidence(), result.removed(), Summary.of(result));
    }
}
