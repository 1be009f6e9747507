package org.declutter.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where a page dump repeats its title. A web page copied or dumped as text starts with the
 * document's title ("Headline | Site"), and the article's own headline, the same words without
 * the site's name, stands right above the article; so the line that echoes the title marks where
 * the article starts. Extractors for markup (Readability, trafilatura) use the title the same way.
 */
final class TitleEcho {

    private static final int MAX_TITLE_WORDS = 40;
    private static final int MIN_WORDS = 3;
    private static final double MIN_PREFIX_SHARE = 0.6;

    private TitleEcho() {
    }

    /**
     * Indices of the lines after the first that repeat the first line's headline, in order: the
     * whole title, one of its parts between the site's separators, or a shortened headline.
     */
    static List<Integer> find(List<String> lines) {
        List<Integer> echoes = new ArrayList<>();
        if (lines.size() < 2) {
            return echoes;
        }
        // Counted first: a first line that is no title (a whole text on one line) is never copied.
        int titleWords = wordCount(lines.get(0));
        if (titleWords < MIN_WORDS || titleWords > MAX_TITLE_WORDS) {
            return echoes;
        }
        String title = words(lines.get(0));
        String headline = words(longestPart(lines.get(0)));
        Set<String> parts = new HashSet<>();
        for (String part : parts(lines.get(0))) {
            String w = words(part);
            if (count(w) >= MIN_WORDS) {
                parts.add(w);
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            // Most lines, paragraphs of the story, have far more words than a title: they are
            // counted, not copied into their words.
            int n = wordCount(lines.get(i));
            if (n < MIN_WORDS || n > MAX_TITLE_WORDS) {
                continue;
            }
            String line = words(lines.get(i));
            if (parts.contains(line) || echoes(line, n, title, headline)) {
                echoes.add(i);
            }
        }
        return echoes;
    }

    private static String[] parts(String title) {
        return title.split("\\s[|\\-–—·:»/]{1,2}\\s");
    }

    private static boolean echoes(String line, int lineWords, String title, String headline) {
        if (line.equals(title) || line.equals(headline)) {
            return true;
        }
        // A headline shortened on the page, or the page's title shortened by the site.
        String longer = line.length() > headline.length() ? line : headline;
        String shorter = longer == line ? headline : line;
        return longer.startsWith(shorter) && (double) count(shorter) / count(longer) >= MIN_PREFIX_SHARE
            && lineWords >= MIN_WORDS;
    }

    /** The longest part of a title split at the separators sites put between headline and name. */
    static String longestPart(String title) {
        String best = "";
        for (String part : parts(title)) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }

    /** The text's words, lower-cased, letters and digits only, one space apart. */
    static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else if (cp != '\'' && cp != '’') {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** How many words {@link #words} finds in a text, counted without making them: {@code count(words(text))}. */
    static int wordCount(String text) {
        int n = 0;
        boolean gap = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                n += gap ? 1 : 0;
                gap = false;
            } else if (cp != '\'' && cp != '’') {
                gap = true;
            }
        }
        return n;
    }

    private static int count(String words) {
        if (words.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < words.length(); i++) {
            if (words.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
