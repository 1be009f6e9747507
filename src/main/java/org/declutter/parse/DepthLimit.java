package org.declutter.parse;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Flattens a tree below a maximum depth, so that every later walk up an element's ancestors (rule
 * selectors, region and container detection) is short, however deeply a hostile page nests.
 *
 * <p>Beyond {@value #MAX_DEPTH} levels, an element that holds other elements is replaced by its
 * children; an element that holds only text (a paragraph, a link) stays, so paragraphs remain
 * paragraphs. Real pages stay far above the limit; a page of 100 000 nested {@code <div>}s becomes
 * a page 128 levels deep. Iterative: no depth overflows the stack.
 */
final class DepthLimit {

    /** Deepest level kept as it is; real pages seldom pass 60. */
    static final int MAX_DEPTH = 128;

    private DepthLimit() {
    }

    /**
     * Flattens {@code root}'s subtree in place below {@link #MAX_DEPTH}. The walk steps from element
     * to first child, next sibling or parent and counts its depth as it goes, so it allocates
     * nothing: it runs on every page, and nearly every page is left as it is.
     */
    static void apply(Element root) {
        Element e = root;
        int depth = 0;
        while (true) {
            if (depth == MAX_DEPTH) {
                flatten(e);
            } else {
                Element child = e.firstElementChild();
                if (child != null) {
                    e = child;
                    depth++;
                    continue;
                }
            }
            Element sibling = null;
            while (e != root && (sibling = e.nextElementSibling()) == null) {
                e = e.parent();
                depth--;
            }
            if (sibling == null) {
                return;
            }
            e = sibling;
        }
    }

    /** Unwraps every child that holds elements, until the children hold only text and leaves. */
    private static void flatten(Element element) {
        int i = 0;
        while (i < element.childNodeSize()) {
            Node node = element.childNode(i);
            if (node instanceof Element child && child.childrenSize() > 0) {
                child.unwrap();
            } else {
                i++;
            }
        }
    }
}
