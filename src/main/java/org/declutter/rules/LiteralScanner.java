package org.declutter.rules;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds which of many literals occur in a text, in one pass over the text. A literal is filed
 * under its first four characters packed into a number (one of three under all three); the pass
 * keeps the last four characters it read packed the same way. At each character, a bit set of the
 * filed keys' hashes, small enough to stay in the processor's nearest cache, tells at once whether
 * any literal may start three or four characters back; only then is the key looked up in the
 * table, and only the literals filed under it, which share its four characters, are compared with
 * the text. The few literals shorter than three characters (a space, "©", "ad") would each stop the
 * pass at many places; they are searched for on their own, once each.
 */
final class LiteralScanner {

    /** How many leading characters a literal is filed under, at most. */
    private static final int KEY_CHARS = 4;
    /** The fewest characters a literal filed in the table has. */
    private static final int MIN_KEY_CHARS = 3;
    private static final int GATE_BITS = 1 << 16;
    private static final long EMPTY = -1;
    /** The bits of {@value #MIN_KEY_CHARS} packed characters. */
    private static final long SHORT_KEY_MASK = (1L << 16 * MIN_KEY_CHARS) - 1;

    private final String[] literals;
    /** The ids of the literals shorter than a key. */
    private final int[] shortIds;
    /** Hashes of the filed keys, as a bit set. */
    private final long[] gate = new long[GATE_BITS / 64];
    /** The filed keys, open addressing. */
    private final long[] keys;
    /** The first literal filed under the key in the same slot of {@link #keys}. */
    private final int[] firstIds;
    /** The next literal filed under the same key, or -1. */
    private final int[] next;
    /** Each literal's characters after its key, up to {@value #KEY_CHARS} of them, packed like a key. */
    private final long[] tails;
    /** How many characters each literal's {@link #tails} entry holds. */
    private final int[] tailChars;

    /** A scanner for these literals, each non-empty and none twice; a literal's id is its position in the list. */
    LiteralScanner(List<String> literals) {
        this.literals = literals.toArray(String[]::new);
        this.next = new int[this.literals.length];
        this.tails = new long[this.literals.length];
        this.tailChars = new int[this.literals.length];
        this.keys = new long[Integer.highestOneBit(Math.max(1, this.literals.length) * 2) * 2];
        this.firstIds = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        int[] shorter = new int[this.literals.length];
        int shortCount = 0;
        for (int id = this.literals.length - 1; id >= 0; id--) {
            String literal = this.literals[id];
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            if (literal.length() < MIN_KEY_CHARS) {
                shorter[shortCount++] = id;
                continue;
            }
            // Keys of three and of four characters never collide: no text or literal holds U+0000.
            long key = RuleText.pack(literal, 0, Math.min(KEY_CHARS, literal.length()));
            if (literal.length() > KEY_CHARS) {
                int tailEnd = Math.min(2 * KEY_CHARS, literal.length());
                tails[id] = RuleText.pack(literal, KEY_CHARS, tailEnd);
                tailChars[id] = tailEnd - KEY_CHARS;
            }
            int slot = slot(key);
            next[id] = keys[slot] == EMPTY ? -1 : firstIds[slot];
            keys[slot] = key;
            firstIds[slot] = id;
            int h = gateHash(key);
            gate[h >>> 6] |= 1L << h;
        }
        this.shortIds = Arrays.copyOf(shorter, shortCount);
    }

    /**
     * Calls {@code found} with the id of every literal that occurs in the text, once or more (a
     * literal of {@value #MIN_KEY_CHARS} characters or more once for each place it occurs at).
     */
    void scan(String text, IntConsumer found) {
        for (int id : shortIds) {
            if (text.contains(literals[id])) {
                found.accept(id);
            }
        }
        long window = 0;
        for (int i = 0; i < text.length(); i++) {
            window = window << 16 | text.charAt(i);
            if (i + 1 >= MIN_KEY_CHARS && gated(window & SHORT_KEY_MASK)) {
                report(text, i + 1 - MIN_KEY_CHARS, window & SHORT_KEY_MASK, found);
            }
            if (i + 1 >= KEY_CHARS && gated(window)) {
                report(text, i + 1 - KEY_CHARS, window, found);
            }
        }
    }

    /** Reports the literals filed under a key that occur at {@code start}. */
    private void report(String text, int start, long key, IntConsumer found) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            return;
        }
        // The text holds the key at start, so only what follows it is compared: a literal no
        // longer than its key is found without a comparison, and a longer one (filed under four
        // characters) first by the next four characters packed into a number, read from the text
        // once for all the literals of the key. Many literals share a key ("the ", "read").
        int from = start + KEY_CHARS;
        int available = Math.max(0, Math.min(KEY_CHARS, text.length() - from));
        long textTail = 0;
        for (int i = 0; i < available; i++) {
            textTail = textTail << 16 | text.charAt(from + i);
        }
        for (int id = firstIds[slot]; id >= 0; id = next[id]) {
            int n = tailChars[id];
            if (n == 0) {
                found.accept(id);
            } else if (n <= available && textTail >>> 16 * (available - n) == tails[id]) {
                String literal = literals[id];
                int rest = literal.length() - 2 * KEY_CHARS;
                if (rest <= 0 || text.regionMatches(from + KEY_CHARS, literal, 2 * KEY_CHARS, rest)) {
                    found.accept(id);
                }
            }
        }
    }

    private boolean gated(long key) {
        int h = gateHash(key);
        return (gate[h >>> 6] & 1L << h) != 0;
    }

    private static int gateHash(long key) {
        return (int) (key * 0x9e3779b97f4a7c15L >>> 48);
    }

    /** The slot of a key, or of the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key * 0xc2b2ae3d27d4eb4fL >>> 40) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
