package org.declutter.classify;

import java.util.HashMap;
import java.util.Map;
import org.declutter.rules.Category;
import org.declutter.segment.ClassWords;
import org.declutter.segment.ResourceLines;

/**
 * The class and id words that name boilerplate regions ({@code comments}, {@code sidebar},
 * {@code share} ...), each mapped to the category of what such a region holds. Loaded once from
 * {@code region-words.txt}, so the vocabulary is data, not code.
 */
final class RegionWords {

    /** The pseudo-category of words that mark embedded content, which no region word overrides. */
    static final Category CONTENT = Category.of("content");
    private static final Map<String, Category> WORDS = load("region-words.txt");
    /** The words as character arrays in an open-addressing table, for lookups in place. */
    private static final char[][] KEYS = new char[Integer.highestOneBit(Math.max(1, WORDS.size()) * 4)][];
    /** The category of the word in the same slot of {@link #KEYS}. */
    private static final Category[] CATEGORIES = new Category[KEYS.length];

    static {
        for (Map.Entry<String, Category> entry : WORDS.entrySet()) {
            int slot = slot(entry.getKey().hashCode());
            while (KEYS[slot] != null) {
                slot = (slot + 1) & (KEYS.length - 1);
            }
            KEYS[slot] = entry.getKey().toCharArray();
            CATEGORIES[slot] = entry.getValue();
        }
    }

    private RegionWords() {
    }

    /**
     * The category a class or id word names, {@link #CONTENT} when it marks embedded content (a
     * quoted post, a media embed), or {@code null} when it names none.
     */
    static Category category(String word) {
        return WORDS.get(word);
    }

    /**
     * The category of a word as a {@link ClassWords.Visitor} is given it, looked up in place: most
     * class and id words name no region, and making strings of them all cost more than the rest of
     * the region filter.
     */
    static Category category(String attribute, int start, int end, boolean lower) {
        if (lower && !isAscii(attribute, start, end)) {
            // Beyond ASCII, lower-casing a word is not lower-casing its characters one by one.
            return category(ClassWords.word(attribute, start, end, true));
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + lowered(attribute.charAt(i), lower);
        }
        for (int slot = slot(hash); KEYS[slot] != null; slot = (slot + 1) & (KEYS.length - 1)) {
            if (matches(KEYS[slot], attribute, start, end, lower)) {
                return CATEGORIES[slot];
            }
        }
        return null;
    }

    private static boolean matches(char[] key, String attribute, int start, int end, boolean lower) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lowered(attribute.charAt(start + i), lower)) {
                return false;
            }
        }
        return true;
    }

    private static char lowered(char c, boolean lower) {
        return lower && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAscii(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int slot(int hash) {
        return (hash ^ hash >>> 16) & (KEYS.length - 1);
    }

    private static Map<String, Category> load(String resource) {
        Map<String, Category> words = new HashMap<>();
        for (String line : ResourceLines.read(RegionWords.class, resource)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(resource + ": expected 'category: words', got " + line);
            }
            Category category = Category.of(line.substring(0, colon).strip());
            for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                words.put(word, category);
            }
        }
        return Map.copyOf(words);
    }
}
