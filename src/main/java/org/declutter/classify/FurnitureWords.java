package org.declutter.classify;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.declutter.segment.ResourceLines;

/**
 * Counts the words of a web site's furniture (share, subscribe, cookies, comments, menu ...) in a
 * text. Text without markup has no class names to say "this is a share bar"; the words on the
 * buttons say it instead, as the line filters of web-scale corpus builders found.
 */
final class FurnitureWords {

    private static final Set<String> WORDS = load("furniture-words.txt");

    private FurnitureWords() {
    }

    /** How many of the text's words are furniture words. */
    static int count(String text) {
        int count = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' && start >= 0);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    count++;
                }
                start = -1;
            }
        }
        return count;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        for (String word : ResourceLines.read(FurnitureWords.class, resource)) {
            words.add(word.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
