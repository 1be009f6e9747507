package org.declutter.classify;

/**
 * One idea of the decision layer (after boilerpipe's filters): looks at a document's blocks and
 * changes some verdicts or metadata. Filters are stateless and shared between threads.
 */
public interface BlockFilter {

    /** Applies the filter to one document. */
    void apply(BlockDocument doc);
}
