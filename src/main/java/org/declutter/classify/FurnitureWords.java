package org.declutter.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

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
        try (InputStream in = FurnitureWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
