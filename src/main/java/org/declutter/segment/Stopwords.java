package org.declutter.segment;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Function words of the languages declutter has lists for, pooled into one set. Running prose in
 * any of these languages is dense in them, menus and labels are not; pooling lets a page be judged
 * without first guessing its language.
 *
 * <p>The words sit in an open-addressing table of character arrays, so that a word still being
 * read (every word of every block, see {@link TextStats}) is looked up in place, in its buffer and
 * by the hash it was read with, without first being made into a string.
 */
public final class Stopwords {

    /** Languages with a bundled list, as ISO 639-1 codes. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru");

    private static final char[][] TABLE = table(load());
    /** Length of the longest function word: no longer word needs looking up. */
    static final int MAX_LENGTH = maxLength(TABLE);

    private Stopwords() {
    }

    /** Whether a lower-cased word is a function word of any bundled language. */
    public static boolean contains(CharSequence lowerCaseWord) {
        int length = lowerCaseWord.length();
        if (length > MAX_LENGTH) {
            return false;
        }
        char[] word = new char[length];
        for (int i = 0; i < length; i++) {
            word[i] = lowerCaseWord.charAt(i);
        }
        return contains(word, length, hash(lowerCaseWord));
    }

    /**
     * Whether the first {@code length} characters of {@code word}, lower-cased, are a function word;
     * {@code hash} is theirs as {@link String#hashCode} computes it.
     */
    static boolean contains(char[] word, int length, int hash) {
        if (length > MAX_LENGTH) {
            return false;
        }
        int mask = TABLE.length - 1;
        for (int i = slot(hash, mask); TABLE[i] != null; i = (i + 1) & mask) {
            if (TABLE[i].length == length && Arrays.equals(TABLE[i], 0, length, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new LinkedHashSet<>();
        for (String language : LANGUAGES) {
            for (String line : ResourceLines.read(Stopwords.class, "stopwords/" + language + ".txt")) {
                words.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** A table at most half full, so that a miss, the common case, ends after a probe or two. */
    private static char[][] table(Set<String> words) {
        char[][] table = new char[Integer.highestOneBit(words.size() * 4)][];
        int mask = table.length - 1;
        for (String word : words) {
            int i = slot(word.hashCode(), mask);
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = word.toCharArray();
        }
        return table;
    }

    private static int maxLength(char[][] table) {
        int max = 0;
        for (char[] word : table) {
            max = word == null ? max : Math.max(max, word.length);
        }
        return max;
    }

    /** The same hash as {@link String#hashCode}, of any character sequence. */
    private static int hash(CharSequence word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return h;
    }

    private static int slot(int hash, int mask) {
        return (hash ^ hash >>> 16) & mask;
    }
}
