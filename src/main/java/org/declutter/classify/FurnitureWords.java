package org.declutter.classify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.declutter.segment.ResourceLines;
import org.declutter.segment.TextStats;
import org.declutter.segment.WordTable;

/**
 * Counts the words of a web site's furniture (share, subscribe, cookies, comments, menu ...) in a
 * text. Text without markup has no class names to say "this is a share bar"; the words on the
 * buttons say it instead, as the line filters of web-scale corpus builders found.
 */
final class FurnitureWords {

    private static final WordTable<Boolean> WORDS = load("furniture-words.txt");

    private FurnitureWords() {
    }

    /** How many of the text's words are furniture words. */
    static int count(String text) {
        int count = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && (TextStats.isLetter(text.charAt(i)) || text.charAt(i) == '-' && start >= 0);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                // Looked up where it lies, lower-cased on the way: most words are no furniture.
                if (WORDS.get(text, start, i, true) != null) {
                    count++;
                }
                start = -1;
            }
        }
        return count;
    }

    private static WordTable<Boolean> load(String resource) {
        Map<String, Boolean> words = new HashMap<>();
        for (String word : ResourceLines.read(FurnitureWords.class, resource)) {
            words.put(word.toLowerCase(Locale.ROOT), Boolean.TRUE);
        }
        return new WordTable<>(words);
    }
}
