package org.declutter.rules;

import java.util.BitSet;

/**
 * A block's text as rules look at it: {@link TextNormalizer normalised}, together with what lets a
 * rule's pattern rule itself out without a search, namely a sketch of the text's trigrams and its
 * first characters packed into numbers. Made once per block and shared by every rule asked about
 * it; it belongs to the thread that made it.
 */
public final class RuleText {

    /** How many leading characters are packed, each into 16 bits of a {@code long}. */
    static final int OPENING_CHARS = 4;

    private final String normalized;
    private final long[] openings = new long[OPENING_CHARS + 1];
    private TrigramSketch sketch;
    /**
     * The index that last found this text's candidate rules, and what it found: the line scorer and
     * the rule filter ask one index about the same blocks of a plain-text document.
     */
    private RuleIndex candidatesOf;
    private BitSet candidates;
    private BitSet patterns;

    private RuleText(String normalized) {
        this.normalized = normalized;
        // Packed where they lie, without substrings: at most ten characters read in all.
        for (int length = 1; length <= Math.min(OPENING_CHARS, normalized.length()); length++) {
            openings[length] = pack(normalized, 0, length);
        }
    }

    /** The rule form of a block's text. */
    public static RuleText of(String text) {
        return new RuleText(TextNormalizer.normalize(text));
    }

    /** The normalised text. */
    public String normalized() {
        return normalized;
    }

    /** Whether the text has at least {@code length} characters, so that {@link #opening} is defined. */
    boolean hasOpening(int length) {
        return length <= normalized.length();
    }

    /** The first {@code length} characters (at most {@value #OPENING_CHARS}), packed as {@link #pack} does. */
    long opening(int length) {
        return openings[length];
    }

    /** Whether {@code index} found this text's candidates before. */
    boolean scannedBy(RuleIndex index) {
        return candidatesOf == index;
    }

    /** The candidate rules the index that scanned this text last found; not to be changed. */
    BitSet candidates() {
        return candidates;
    }

    /** The candidate patterns the index that scanned this text last found; not to be changed. */
    BitSet patterns() {
        return patterns;
    }

    /** Remembers the candidate rules and patterns {@code index} found for this text. */
    void rememberCandidates(RuleIndex index, BitSet rules, BitSet patterns) {
        candidatesOf = index;
        candidates = rules;
        this.patterns = patterns;
    }

    /** The trigram sketch of the text, made on first need. */
    TrigramSketch sketch() {
        if (sketch == null) {
            sketch = new TrigramSketch(normalized);
        }
        return sketch;
    }

    /** A string of at most {@value #OPENING_CHARS} characters packed into a number, 16 bits a character. */
    static long pack(String s) {
        return pack(s, 0, s.length());
    }

    /**
     * The characters of {@code s} from {@code from} to {@code to}, at most {@value #OPENING_CHARS},
     * packed as {@link #pack(String)} packs a string of them.
     */
    static long pack(String s, int from, int to) {
        long key = 0;
        for (int i = from; i < to; i++) {
            key = key << 16 | s.charAt(i);
        }
        return key;
    }
}
