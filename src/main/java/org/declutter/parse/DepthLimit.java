package org.declutter.parse;

import java.util.ArrayDeque;
import java.util.Deque;
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

    /** Flattens {@code root}'s subtree in place below {@link #MAX_DEPTH}. */
    static void apply(Element root) {
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element element = stack.pop();
            int depth = depths.pop();
            if (depth == MAX_DEPTH) {
                flatten(element);
                continue;
            }
            for (Element child : element.children()) {
                stack.push(child);
                depths.push(depth + 1);
            }
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
