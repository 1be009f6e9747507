package org.declutter.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.declutter.rules.Category;

/**
 * The class and id words that name boilerplate regions ({@code comments}, {@code sidebar},
 * {@code share} ...), each mapped to the category of what such a region holds. Loaded once from
 * {@code region-words.txt}, so the vocabulary is data, not code.
 */
final class RegionWords {

    private static final Map<String, Category> WORDS = load("region-words.txt");

    private RegionWords() {
    }

    /** The category a class or id word names, or {@code null} when it names none. */
    static Category category(String word) {
        return WORDS.get(word);
    }

    static Map<String, Category> load(String resource) {
        Map<String, Category> words = new HashMap<>();
        try (InputStream in = RegionWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                Category category = Category.of(line.substring(0, colon).strip());
                for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                    words.put(word, category);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
