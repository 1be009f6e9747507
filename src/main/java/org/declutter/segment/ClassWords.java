package org.declutter.segment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.declutter.parse.Markup;
import org.jsoup.nodes.Element;

/**
 * Splits an element's class and id attributes into lower-case words, at dashes, underscores,
 * spaces and case changes: {@code article-body__shareBar} gives {@code article, body, share, bar}.
 * These words are how page authors name their layout, and so the strongest boilerplate signal.
 */
public final class ClassWords {

    private ClassWords() {
    }

    /** The class and id words of one element. */
    public static List<String> of(Element element) {
        List<String> words = new ArrayList<>();
        String classes = Markup.attr(element, "class");
        if (classes.contains("tag-") || classes.contains("category-")) {
            for (String name : element.classNames()) {
                if (!isTaxonomy(name)) {
                    split(name, words);
                }
            }
        } else {
            split(classes, words);
        }
        split(Markup.attr(element, "id"), words);
        return words;
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
        for (Element e = element; e != null && e != boundary && !e.normalName().equals("body"); e = e.parent()) {
            split(Markup.attr(e, "class"), words);
            split(Markup.attr(e, "id"), words);
        }
        return words;
    }

    /**
     * Adds the words of one attribute: runs of letters and digits, also cut where a lower-case
     * letter meets an upper-case one. Each word is cut out of the attribute, and lower-cased only
     * when lower-casing changes it, as it seldom does: this runs on the class of every element a
     * filter asks about.
     */
    private static void split(String attribute, Collection<String> words) {
        int start = -1;
        boolean needsLowering = false;
        boolean previousLower = false;
        for (int i = 0; i < attribute.length(); i++) {
            char c = attribute.charAt(i);
            // Class names are nearly all ASCII: their letters are told apart without Unicode's tables.
            boolean ascii = c < 0x80;
            boolean letterOrDigit = ascii ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
            boolean upper = letterOrDigit && (ascii ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c));
            if (start >= 0 && (!letterOrDigit || upper && previousLower)) {
                words.add(word(attribute, start, i, needsLowering));
                start = -1;
            }
            if (letterOrDigit && start < 0) {
                start = i;
                needsLowering = false;
            }
            needsLowering |= letterOrDigit && (ascii ? upper : Character.toLowerCase(c) != c);
            previousLower = ascii ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
        }
        if (start >= 0) {
            words.add(word(attribute, start, attribute.length(), needsLowering));
        }
    }

    private static String word(String attribute, int start, int end, boolean needsLowering) {
        String word = attribute.substring(start, end);
        return needsLowering ? word.toLowerCase(Locale.ROOT) : word;
    }
}
