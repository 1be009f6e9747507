package org.declutter.segment;

import java.util.List;
import java.util.Locale;
import org.declutter.parse.Markup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * Tells whether markup hides an element from every reader: the {@code hidden} attribute,
 * {@code aria-hidden="true"}, an inline style that hides it, or a utility class of the common CSS
 * frameworks that does. Asked of every element of a page, so it reads each attribute once and
 * allocates nothing for an element that hides nothing (jsoup answers at once for an element
 * without attributes).
 */
final class Visibility {

    /** Utility classes that hide an element, in lower case. */
    private static final List<String> HIDING_CLASSES = List.of("hidden", "hide", "d-none", "invisible", "sr-only",
        "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only");

    /** The lengths of the hiding classes, as bits. */
    private static final long HIDING_LENGTHS = lengths(HIDING_CLASSES);
    /** The separators, as bits by character code. */
    private static final long SEPARATORS = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\u000b' | 1L << '\f' | 1L << '\r';

    private Visibility() {
    }

    private static long lengths(List<String> names) {
        long bits = 0;
        for (String name : names) {
            bits |= 1L << name.length();
        }
        return bits;
    }

    /** Whether the element is hidden by its own attributes (not by an ancestor's). */
    static boolean hidden(Element element) {
        Attributes attributes = Markup.attributes(element);
        if (attributes == null) {
            return false;
        }
        if (attributes.hasKey("hidden") || "true".equals(attributes.get("aria-hidden"))) {
            return true;
        }
        if (hasHidingClass(attributes.get("class"))) {
            return true;
        }
        String style = attributes.get("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Whether a class attribute names a hiding class, in any case; compares in place, without splitting. */
    private static boolean hasHidingClass(String classes) {
        int n = classes.length();
        int start = 0;
        while (start < n) {
            while (start < n && isSeparator(classes.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !isSeparator(classes.charAt(end))) {
                end++;
            }
            if (end > start && isHidingClass(classes, start, end - start)) {
                return true;
            }
            start = end;
        }
        return false;
    }

    private static boolean isHidingClass(String classes, int start, int length) {
        if (length >= 64 || (HIDING_LENGTHS >>> length & 1) == 0) {
            return false; // most class names: no hiding class is as long
        }
        for (String name : HIDING_CLASSES) {
            if (name.length() == length && classes.regionMatches(true, start, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** The white space that separates class names ({@code \s} in a regular expression). */
    private static boolean isSeparator(char c) {
        return c <= ' ' && (SEPARATORS >>> c & 1) != 0;
    }
}
