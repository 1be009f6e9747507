package org.declutter.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Function words of the languages declutter has lists for, pooled into one set. Running prose in
 * any of these languages is dense in them, menus and labels are not; pooling lets a page be judged
 * without first guessing its language.
 *
 * <p>The words sit in a {@link WordTable}, so that a word still being read (every word of every
 * block, see {@link TextStats}) is looked up in place, in its buffer and by the hash it was read
 * with, without first being made into a string.
 */
public final class Stopwords {

    /** Languages with a bundled list, as ISO 639-1 codes. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru");

    private static final WordTable<Boolean> TABLE = new WordTable<>(load());
    /** Length of the longest function word: no longer word needs looking up. */
    static final int MAX_LENGTH = TABLE.maxLength();

    private Stopwords() {
    }

    /** Whether a lower-cased word is a function word of any bundled language. */
    public static boolean contains(CharSequence lowerCaseWord) {
        String word = lowerCaseWord.toString();
        return word.length() <= MAX_LENGTH && TABLE.get(word, 0, word.length(), false) != null;
    }

    /**
     * Whether the word of {@code text} from {@code start} to {@code end}, lower-cased
     * ({@link Locale#ROOT}), is a function word; looked up where it lies, an ASCII word without
     * becoming a string ({@link WordTable#get}).
     */
    public static boolean contains(String text, int start, int end) {
        return TABLE.get(text, start, end, true) != null;
    }

    /**
     * Whether the first {@code length} characters of {@code word}, lower-cased, are a function word;
     * {@code hash} is theirs as {@link String#hashCode} computes it.
     */
    static boolean contains(char[] word, int length, int hash) {
        return length <= MAX_LENGTH && TABLE.contains(word, length, hash);
    }

    private static Map<String, Boolean> load() {
        Map<String, Boolean> words = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            for (String line : ResourceLines.read(Stopwords.class, "stopwords/" + language + ".txt")) {
                words.put(line.toLowerCase(Locale.ROOT), Boolean.TRUE);
            }
        }
        return words;
    }
}
