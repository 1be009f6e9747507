package org.declutter.segment;

import java.util.Arrays;
import java.util.Map;

/**
 * Words mapped to values, looked up where the word lies rather than as a string: in a buffer still
 * being filled (the function words, asked of every word of every block) or in a range of an
 * attribute (the region words, asked of every class word of every ancestor of a block). Making
 * strings of all those words cost more than looking them up. The words sit in an open-addressing
 * table of character arrays at most half full, so that a miss, the common case, ends after a
 * probe or two. Immutable and thread-safe.
 *
 * @param <V> the values
 */
public final class WordTable<V> {

    /** How many leading characters of a word its head holds. */
    private static final int HEAD_CHARS = 4;

    private final char[][] keys;
    /**
     * Each word's first {@value #HEAD_CHARS} characters packed into a number, and its length, in
     * the word's slot: most function words are that short, so a hit is confirmed without reaching
     * for the word's own array, which lies elsewhere in memory.
     */
    private final long[] heads;
    private final int[] lengths;
    private final Object[] values;
    private final int maxLength;

    /** A table of these words and their values. */
    public WordTable(Map<String, V> words) {
        keys = new char[Integer.highestOneBit(Math.max(1, words.size()) * 4)][];
        heads = new long[keys.length];
        lengths = new int[keys.length];
        values = new Object[keys.length];
        int longest = 0;
        for (Map.Entry<String, V> entry : words.entrySet()) {
            int slot = slot(entry.getKey().hashCode());
            while (keys[slot] != null) {
                slot = next(slot);
            }
            keys[slot] = entry.getKey().toCharArray();
            heads[slot] = head(keys[slot], keys[slot].length);
            lengths[slot] = keys[slot].length;
            values[slot] = entry.getValue();
            longest = Math.max(longest, entry.getKey().length());
        }
        maxLength = longest;
    }

    /** The length of the longest word: no longer word is in the table. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * The value of the word made of the first {@code length} characters of {@code word}, or
     * {@code null}; {@code hash} is theirs as {@link String#hashCode} computes it.
     */
    public V get(char[] word, int length, int hash) {
        long head = head(word, length);
        for (int slot = slot(hash); keys[slot] != null; slot = next(slot)) {
            if (heads[slot] == head && lengths[slot] == length
                && (length <= HEAD_CHARS || Arrays.equals(keys[slot], HEAD_CHARS, length, word, HEAD_CHARS, length))) {
                return value(slot);
            }
        }
        return null;
    }

    private static long head(char[] word, int length) {
        long head = 0;
        for (int i = 0; i < Math.min(length, HEAD_CHARS); i++) {
            head = head << 16 | word[i];
        }
        return head;
    }

    /**
     * The value of the word made of the characters of {@code text} from {@code start} to
     * {@code end}, with its ASCII capitals lowered if {@code lowerAscii}, or {@code null}.
     */
    public V get(String text, int start, int end, boolean lowerAscii) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + lowered(text.charAt(i), lowerAscii);
        }
        for (int slot = slot(hash); keys[slot] != null; slot = next(slot)) {
            if (matches(keys[slot], text, start, end, lowerAscii)) {
                return value(slot);
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private V value(int slot) {
        return (V) values[slot];
    }

    private static boolean matches(char[] key, String text, int start, int end, boolean lowerAscii) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lowered(text.charAt(start + i), lowerAscii)) {
                return false;
            }
        }
        return true;
    }

    private static char lowered(char c, boolean lowerAscii) {
        return lowerAscii && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (keys.length - 1);
    }

    private int next(int slot) {
        return (slot + 1) & (keys.length - 1);
    }
}
