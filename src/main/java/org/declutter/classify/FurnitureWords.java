package org.declutter.classify;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.declutter.segment.ResourceLines;
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
        boolean ascii = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = Character.isLetter(c) || c == '-' && start >= 0;
            if (letter && start < 0) {
                start = i;
                ascii = true;
            }
            if (letter) {
                ascii &= c < 0x80;
            } else if (start >= 0) {
                if (isFurnitureWord(text, start, i, ascii)) {
                    count++;
                }
                start = -1;
            }
        }
        return count;
    }

    /**
     * Whether the word from {@code start} to {@code end} is a furniture word. An ASCII word, most of
     * them, is looked up where it lies, its capitals lowered on the way; any other is lower-cased
     * in full first.
     */
    private static boolean isFurnitureWord(String text, int start, int end, boolean ascii) {
        if (ascii) {
            return WORDS.get(text, start, end, true) != null;
        }
        String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        return WORDS.get(lower, 0, lower.length(), false) != null;
    }

    private static WordTable<Boolean> load(String resource) {
        Map<String, Boolean> words = new HashMap<>();
        for (String word : ResourceLines.read(FurnitureWords.class, resource)) {
            words.put(word.toLowerCase(Locale.ROOT), Boolean.TRUE);
        }
        return new WordTable<>(words);
    }
}
