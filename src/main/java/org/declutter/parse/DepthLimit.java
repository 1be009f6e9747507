package org.declutter.parse;

/**
 * The deepest a parsed tree may be, and the jsoup parser that keeps to it, so that every later walk
 * up an element's ancestors (rule selectors, region and container detection) is short, however
 * deeply a hostile page nests.
 *
 * <p>jsoup keeps to the limit as it builds the tree: before an element would open deeper than
 * {@value #MAX_DEPTH} levels, the deepest open element is closed, so what follows becomes its
 * sibling rather than its child. No text is lost or reordered. Real pages stay far above the limit;
 * a page of 100 000 nested {@code <div>}s becomes a page 128 levels deep, and jsoup's own searches
 * of its open elements stay short while it reads it.
 */
final class DepthLimit {

    /** Deepest level a tree has, counted from the document; real pages seldom pass 60. */
    static final int MAX_DEPTH = 128;

    private DepthLimit() {
    }

    /** A new jsoup HTML parser that keeps its tree within {@link #MAX_DEPTH} levels; not to be shared between threads. */
    static org.jsoup.parser.Parser htmlParser() {
        return org.jsoup.parser.Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    }
}
