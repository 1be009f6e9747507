package org.declutter.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.declutter.parse.Markup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Splits an element's class and id attributes into lower-case words, at dashes, underscores,
 * spaces and case changes: {@code article-body__shareBar} gives {@code article, body, share, bar}.
 * These words are how page authors name their layout, and so the strongest boilerplate signal.
 */
public final class ClassWords {

    /**
     * Receives the class and id words of an element one at a time, each as the range of the
     * attribute that holds it, so that a caller that only looks words up need not make strings of
     * them: the region filter asks about every word of every ancestor of every block.
     */
    @FunctionalInterface
    public interface Visitor {
        /**
         * One word: the characters of {@code attribute} from {@code start} to {@code end}, which
         * {@link #word} makes into the lower-case word.
         *
         * @param lower whether the characters hold capitals, so that the word needs lower-casing
         */
        void visit(String attribute, int start, int end, boolean lower);
    }

    private ClassWords() {
    }

    /** The class and id words of one element. */
    public static List<String> of(Element element) {
        List<String> words = new ArrayList<>();
        visit(element, (attribute, start, end, lower) -> words.add(word(attribute, start, end, lower)));
        return words;
    }

    /** Visits the class and id words of one element, those that {@link #of} lists, in the same order. */
    public static void visit(Element element, Visitor visitor) {
        Attributes attributes = Markup.attributes(element);
        if (attributes == null) {
            return;
        }
        String classes = attributes.get("class");
        if (classes.contains("tag-") || classes.contains("category-")) {
            for (String name : element.classNames()) {
                if (!isTaxonomy(name)) {
                    split(name, visitor);
                }
            }
        } else {
            split(classes, visitor);
        }
        split(attributes.get("id"), visitor);
    }

    /**
     * Whether a class names a topic the post is filed under ({@code tag-comments},
     * {@code category-advertising}), as blog engines write them: it says what the article is
     * about, not which part of the page the element is.
     */
    private static boolean isTaxonomy(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("tag-") || lower.startsWith("category-");
    }

    /**
     * The class and id words of an element and its ancestors up to, not including, {@code boundary}
     * ({@code null}: no boundary) or the page's body: the body carries site-wide words ("single-post
     * comments-open") that say nothing about one block, and the boundary's own words describe the
     * region as a whole.
     */
    public static Set<String> below(Element element, Element boundary) {
        Set<String> words = new HashSet<>();
        Visitor add = (attribute, start, end, lower) -> words.add(word(attribute, start, end, lower));
        for (Element e = element; e != null && e != boundary && !e.normalName().equals("body"); e = e.parent()) {
            Attributes attributes = Markup.attributes(e);
            if (attributes != null) {
                split(attributes.get("class"), add);
                split(attributes.get("id"), add);
            }
        }
        return words;
    }

    /**
     * Visits the words of one attribute: runs of letters and digits, also cut where a lower-case
     * letter meets an upper-case one, each marked for lower-casing only when lower-casing changes
     * it, as it seldom does: this runs on the class of every element a filter asks about.
     *
     * <p>Within one name, the words after "with" or "without" say what the element comes with, not
     * what it is: a heading styled {@code anchorWithStickyNavbar} is no navigation bar, nor is a
     * {@code layout--with-sidebar} a sidebar. They are left out up to the next name.
     */
    private static void split(String attribute, Visitor words) {
        int start = -1;
        boolean needsLowering = false;
        boolean previousLower = false;
        boolean accompaniment = false;
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            // Class names are nearly all ASCII: their letters are told apart without Unicode's tables.
            boolean ascii = c < 0x80;
            boolean letterOrDigit = ascii ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
            boolean upper = letterOrDigit && (ascii ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c));
            if (start >= 0 && (!letterOrDigit || upper && previousLower)) {
                accompaniment |= isWith(attribute, start, i);
                if (!accompaniment) {
                    words.visit(attribute, start, i, needsLowering);
                }
                start = -1;
            }
            if (accompaniment && !letterOrDigit && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
                accompaniment = false;
            }
            if (letterOrDigit && start < 0) {
                start = i;
                needsLowering = false;
            }
            needsLowering |= letterOrDigit && (ascii ? upper : Character.toLowerCase(c) != c);
            previousLower = ascii ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
        }
        if (start >= 0 && !accompaniment && !isWith(attribute, start, attribute.length())) {
            words.visit(attribute, start, attribute.length(), needsLowering);
        }
    }

    /** Whether the word from {@code start} to {@code end} is "with" or "without", in any case. */
    private static boolean isWith(String attribute, int start, int end) {
        int length = end - start;
        char first = attribute.charAt(start);
        return (length == 4 || length == 7) && (first == 'w' || first == 'W')
            && attribute.regionMatches(true, start, "without", 0, length);
    }

    /** The lower-case word a {@link Visitor} is given. */
    public static String word(String attribute, int start, int end, boolean needsLowering) {
        String word = attribute.substring(start, end);
        return needsLowering ? word.toLowerCase(Locale.ROOT) : word;
    }
}
