package org.declutter.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Words mapped to values, looked up where the word lies rather than as a string: in a buffer still
 * being filled (the function words, asked of every word of every block) or in a range of an
 * attribute (the region words, asked of every class word of every ancestor of a block). Making
 * strings of all those words cost more than looking them up. The words sit in an open-addressing
 * table at most half full, so that a miss, the common case, ends after a probe or two.
 * Immutable and thread-safe.
 *
 * <p>A probe reads a single array. A word of at most {@value #PACKED_CHARS} characters, all within
 * Latin-1 (nearly every function word of the Latin-script languages), is packed into one number,
 * which is the word itself: it is found without reaching for the word's characters, which lie
 * elsewhere in memory. Any other word is marked in that array and compared in full.
 *
 * @param <V> the values
 */
public final class WordTable<V> {

    /** The most characters a packed word has: eight of eight bits. */
    private static final int PACKED_CHARS = 8;
    /** An empty slot; no packed word is 0, since no word is empty and no packed character is 0. */
    private static final long EMPTY = 0;
    /** A word that does not pack; its last eight bits are 0, which no packed word's are. */
    private static final long UNPACKED = 1L << 8;

    private final long[] packed;
    private final char[][] keys;
    private final Object[] values;
    private final int maxLength;

    /** A table of these words, none empty, and their values. */
    public WordTable(Map<String, V> words) {
        packed = new long[Integer.highestOneBit(Math.max(1, words.size()) * 4)];
        keys = new char[packed.length][];
        values = new Object[packed.length];
        int longest = 0;
        for (Map.Entry<String, V> entry : words.entrySet()) {
            char[] word = entry.getKey().toCharArray();
            int slot = slot(entry.getKey().hashCode());
            while (packed[slot] != EMPTY) {
                slot = next(slot);
            }
            packed[slot] = pack(word, word.length);
            keys[slot] = word;
            values[slot] = entry.getValue();
            longest = Math.max(longest, word.length);
        }
        maxLength = longest;
    }

    /** The length of the longest word: no longer word is in the table. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Whether the word made of the first {@code length} characters of {@code word} is in the
     * table; {@code hash} is theirs as {@link String#hashCode} computes it.
     */
    public boolean contains(char[] word, int length, int hash) {
        long key = pack(word, length);
        for (int slot = slot(hash); packed[slot] != EMPTY; slot = next(slot)) {
            if (packed[slot] == key
                && (key != UNPACKED || Arrays.equals(keys[slot], 0, keys[slot].length, word, 0, length))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of the word made of the characters of {@code text} from {@code start} to
     * {@code end}, lower-cased ({@link Locale#ROOT}) if {@code lowerCase}, or {@code null}. An ASCII
     * word, most words, is lower-cased as it is looked up, in place; any other is made a string and
     * lower-cased in full first, since beyond ASCII lower-casing a word is not lower-casing its
     * characters one by one.
     */
    public V get(String text, int start, int end, boolean lowerCase) {
        int hash = 0;
        long key = end - start <= PACKED_CHARS ? 0 : UNPACKED;
        boolean ascii = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            ascii &= c < 0x80;
            c = lowered(c, lowerCase);
            hash = 31 * hash + c;
            key = key == UNPACKED || !packs(c) ? UNPACKED : key << 8 | c;
        }
        if (lowerCase && !ascii) {
            String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
            return get(lower, 0, lower.length(), false);
        }
        for (int slot = slot(hash); packed[slot] != EMPTY; slot = next(slot)) {
            if (packed[slot] == key && (key != UNPACKED || matches(keys[slot], text, start, end, lowerCase))) {
                return value(slot);
            }
        }
        return null;
    }

    /** The word packed eight bits a character, or {@link #UNPACKED} when it is too long or not all Latin-1. */
    private static long pack(char[] word, int length) {
        if (length > PACKED_CHARS) {
            return UNPACKED;
        }
        long key = 0;
        for (int i = 0; i < length; i++) {
            if (!packs(word[i])) {
                return UNPACKED;
            }
            key = key << 8 | word[i];
        }
        return key;
    }

    /** Whether a character packs into eight bits without being taken for the padding of a shorter word. */
    private static boolean packs(char c) {
        return c != 0 && c <= 0xff;
    }

    @SuppressWarnings("unchecked")
    private V value(int slot) {
        return (V) values[slot];
    }

    private static boolean matches(char[] key, String text, int start, int end, boolean lowerCase) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != lowered(text.charAt(start + i), lowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** The character with an ASCII capital lowered, if {@code lowerCase}: the ASCII words' whole lower-casing. */
    private static char lowered(char c, boolean lowerCase) {
        return lowerCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (packed.length - 1);
    }

    private int next(int slot) {
        return (slot + 1) & (packed.length - 1);
    }
}
