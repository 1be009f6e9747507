package org.declutter.parse;

import org.jsoup.nodes.Element;

/**
 * Reads attributes of the trees the parsers make by their exact names. The parsers lower-case
 * attribute names (jsoup's HTML settings), so an exact lookup finds what jsoup's own
 * {@link Element#attr(String)} finds by comparing every name case-blind, at a fraction of the
 * cost: the segmenter and the filters ask several attributes of nearly every element of a page.
 */
public final class Markup {

    private Markup() {
    }

    /** The value of the attribute of this lower-case name, or the empty string when there is none. */
    public static String attr(Element element, String name) {
        // An element without attributes would otherwise be given an empty set when asked.
        return element.attributesSize() == 0 ? "" : element.attributes().get(name);
    }

    /** Whether the element has the attribute of this lower-case name. */
    public static boolean hasAttr(Element element, String name) {
        return element.attributesSize() > 0 && element.attributes().hasKey(name);
    }
}
