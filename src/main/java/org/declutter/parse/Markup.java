package org.declutter.parse;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Reads attributes of the trees the parsers make by their exact names. The parsers lower-case
 * attribute names (jsoup's HTML settings), so an exact lookup ({@link Attributes#get},
 * {@link Attributes#hasKey}) finds what jsoup's own {@link Element#attr(String)} finds by comparing
 * every name case-blind, at a fraction of the cost: the segmenter and the filters ask several
 * attributes of nearly every element of a page.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * The element's attributes, or {@code null} when it has none. Asked for them, jsoup would give
     * an element without attributes an empty set of its own; and knowing whether there are any
     * means counting them, which is worth doing once for the several attributes a caller reads.
     */
    public static Attributes attributes(Element element) {
        return element.attributesSize() == 0 ? null : element.attributes();
    }

    /** The value of the attribute of this lower-case name, or the empty string when there is none. */
    public static String attr(Element element, String name) {
        Attributes attributes = attributes(element);
        return attributes == null ? "" : attributes.get(name);
    }
}
