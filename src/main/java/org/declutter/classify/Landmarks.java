package org.declutter.classify;

import java.util.ArrayList;
import java.util.List;
import org.declutter.parse.Markup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The few elements of a page that describe it rather than show it: {@code meta}, {@code time} and
 * {@code h1} elements, and elements with microdata ({@code itemprop}) or a link relation
 * ({@code rel}). Gathered in one walk of the tree, so that the filters looking for a
 * page's headline, description, author, date or article body test a short list against their
 * selectors instead of each walking the whole page once per selector.
 *
 * <p>A {@link Query} must only match landmarks (a meta tag, an element with {@code itemprop} ...):
 * no other element is in the list.
 */
final class Landmarks {

    private final Document dom;
    private final List<Element> elements = new ArrayList<>();

    private Landmarks(Document dom) {
        this.dom = dom;
    }

    /**
     * A CSS selector without combinators, parsed on first use, optionally required to sit inside an element
     * that a second such selector matches ({@code [itemprop=author] [itemprop=name]}). Descendant
     * selectors are spelt with {@link #inside} because jsoup's own combinators memoise per thread
     * for each tree they are run on, and only its full-tree searches clear that memory.
     *
     * @param self what the landmark itself must match
     * @param ancestor what one of its ancestors must match, or {@code null}
     */
    record Query(CssSelector self, CssSelector ancestor) {
        /** A selector without combinators; it must match landmarks only. */
        static Query of(String css) {
            return new Query(new CssSelector(css), null);
        }

        /** This query, for landmarks inside an element that {@code css} matches. */
        Query inside(String css) {
            return new Query(self, new CssSelector(css));
        }

        /** Whether a landmark of {@code dom} matches. */
        boolean matches(Document dom, Element e) {
            if (!self.evaluator().matches(dom, e)) {
                return false;
            }
            if (ancestor == null) {
                return true;
            }
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (ancestor.evaluator().matches(dom, p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The landmarks of a page, in document order. */
    static Landmarks of(Document dom) {
        Landmarks landmarks = new Landmarks(dom);
        for (Element e = dom; e != null; e = next(e, dom)) {
            if (isLandmark(e)) {
                landmarks.elements.add(e);
            }
        }
        return landmarks;
    }

    /**
     * The element after {@code e} in document order within {@code root}. Steps over text nodes by
     * index in the parent's child list, which is cheaper than asking each node for its next sibling.
     */
    private static Element next(Element e, Element root) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element at = e; at != root; at = at.parent()) {
            Element parent = at.parent();
            for (int i = at.siblingIndex() + 1; i < parent.childNodeSize(); i++) {
                if (parent.childNode(i) instanceof Element sibling) {
                    return sibling;
                }
            }
        }
        return null;
    }

    private static boolean isLandmark(Element e) {
        return switch (e.normalName()) {
            case "meta", "time", "h1" -> true;
            default -> {
                Attributes attributes = Markup.attributes(e);
                yield attributes != null && (attributes.hasKey("itemprop") || attributes.hasKey("rel"));
            }
        };
    }

    /** The first landmark in document order that matches the query, or {@code null}. */
    Element first(Query query) {
        for (Element e : elements) {
            if (query.matches(dom, e)) {
                return e;
            }
        }
        return null;
    }

    /** Every landmark that matches the query, in document order. */
    List<Element> all(Query query) {
        List<Element> matches = new ArrayList<>();
        for (Element e : elements) {
            if (query.matches(dom, e)) {
                matches.add(e);
            }
        }
        return matches;
    }
}
