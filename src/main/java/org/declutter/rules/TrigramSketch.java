package org.declutter.rules;

/**
 * The character trigrams a text holds, hashed into a bit set: a literal with a trigram the text
 * lacks cannot be in the text. It lets {@link RegexPrefilter} rule out most of a pattern's literals
 * with a few bit tests instead of a search through the text for each; a hash collision only costs
 * that search, never a wrong answer.
 *
 * <p>The set has about eight bits per trigram of the text, so that a short block's sketch is cheap
 * to make and a literal's trigram is wrongly found in it about one time in eight at most.
 */
final class TrigramSketch {

    private static final int MIN_BITS = 1 << 9;
    private static final int MAX_BITS = 1 << 16;

    private final long[] bits;
    private final int mask;

    TrigramSketch(String text) {
        int size = Math.min(MAX_BITS, Math.max(MIN_BITS, Integer.highestOneBit(Math.max(1, text.length()) * 8) << 1));
        bits = new long[size / 64];
        mask = size - 1;
        for (int i = 0; i + 3 <= text.length(); i++) {
            int h = hash(text, i) & mask;
            bits[h >>> 6] |= 1L << h;
        }
    }

    /** The hashed trigrams of a literal, worked out once for the many texts it is looked for in. */
    static int[] trigrams(String literal) {
        int[] hashes = new int[Math.max(0, literal.length() - 2)];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(literal, i);
        }
        return hashes;
    }

    /** Whether the text may contain the literal of these {@link #trigrams}: false means it surely does not. */
    boolean mayContain(int[] trigrams) {
        for (int t : trigrams) {
            int h = t & mask;
            if ((bits[h >>> 6] & (1L << h)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String s, int i) {
        int h = ((s.charAt(i) * 31 + s.charAt(i + 1)) * 31 + s.charAt(i + 2)) * 0x9e3779b1;
        return h ^ (h >>> 15);
    }
}
