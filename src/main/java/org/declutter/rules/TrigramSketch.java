package org.declutter.rules;

/**
 * The character trigrams a text holds, hashed into a bit set: a literal with a trigram the text
 * lacks cannot be in the text. It lets {@link RegexPrefilter} rule out most of a pattern's literals
 * with a few bit tests instead of a search through the text for each; a hash collision only costs
 * that search, never a wrong answer.
 *
 * <p>One sketch is kept per thread and rebuilt when the text changes, so the rules asking about one
 * block share it.
 */
final class TrigramSketch {

    private static final int BITS = 1 << 14;
    private static final ThreadLocal<TrigramSketch> CURRENT = ThreadLocal.withInitial(TrigramSketch::new);

    private final long[] bits = new long[BITS / 64];
    /** The words of {@link #bits} the current text set: clearing just those is far cheaper than all. */
    private final int[] used = new int[BITS / 64];
    private int usedCount;
    private String text;

    private TrigramSketch() {
    }

    /** The sketch of {@code text}, built on first use for it. */
    static TrigramSketch of(String text) {
        TrigramSketch sketch = CURRENT.get();
        if (sketch.text != text) {
            sketch.build(text);
        }
        return sketch;
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
        for (int h : trigrams) {
            if ((bits[h >>> 6] & (1L << h)) == 0) {
                return false;
            }
        }
        return true;
    }

    private void build(String s) {
        for (int k = 0; k < usedCount; k++) {
            bits[used[k]] = 0L;
        }
        usedCount = 0;
        for (int i = 0; i + 3 <= s.length(); i++) {
            int h = hash(s, i);
            int word = h >>> 6;
            if (bits[word] == 0L) {
                used[usedCount++] = word;
            }
            bits[word] |= 1L << h;
        }
        text = s;
    }

    private static int hash(String s, int i) {
        int h = (s.charAt(i) * 31 + s.charAt(i + 1)) * 31 + s.charAt(i + 2);
        return (h ^ (h >>> 14)) & (BITS - 1);
    }
}
