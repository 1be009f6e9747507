package org.declutter.classify;

import java.util.HashMap;
import java.util.Map;
import org.declutter.rules.Category;
import org.declutter.segment.ClassWords;
import org.declutter.segment.ResourceLines;
import org.declutter.segment.WordTable;

/**
 * The class and id words that name boilerplate regions ({@code comments}, {@code sidebar},
 * {@code share} ...), each mapped to the category of what such a region holds. Loaded once from
 * {@code region-words.txt}, so the vocabulary is data, not code.
 */
final class RegionWords {

    /** The pseudo-category of words that mark embedded content, which no region word overrides. */
    static final Category CONTENT = Category.of("content");
    private static final Map<String, Category> WORDS = load("region-words.txt");
    /** The same words, for lookups in place. */
    private static final WordTable<Category> TABLE = new WordTable<>(WORDS);

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
        return TABLE.get(attribute, start, end, lower);
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
