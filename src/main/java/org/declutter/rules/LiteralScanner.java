package org.declutter.rules;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds which of many literals occur in a text, in one pass over the text. A literal is filed
 * under its first three characters packed into a number (a shorter one under all of its own);
 * the pass keeps the last three characters it read packed the same way. At each character, a bit
 * set of the filed keys' hashes, small enough to stay in the processor's nearest cache, tells at
 * once whether any literal starts there (a second one, by character, does for the few literals
 * shorter than three); only then is the key looked up in the table, and only the literals filed
 * under it are compared with the text.
 */
final class LiteralScanner {

    /** How many leading characters a literal is filed under, at most. */
    private static final int KEY_CHARS = 3;
    private static final int GATE_BITS = 1 << 16;
    private static final long EMPTY = -1;

    private final String[] literals;
    /** Hashes of the keys of {@value #KEY_CHARS} characters, as a bit set. */
    private final long[] gate = new long[GATE_BITS / 64];
    /** The first characters of the literals shorter than a key, as a bit set by character. */
    private final long[] shortStarts = new long[(Character.MAX_VALUE + 1) / 64];
    /** The filed keys, each tagged with its length; open addressing. */
    private final long[] keys;
    /** The first literal filed under the key in the same slot of {@link #keys}. */
    private final int[] firstIds;
    /** The next literal filed under the same key, or -1. */
    private final int[] next;

    /** A scanner for these literals, each non-empty and none twice; a literal's id is its position in the list. */
    LiteralScanner(List<String> literals) {
        this.literals = literals.toArray(String[]::new);
        this.next = new int[this.literals.length];
        this.keys = new long[Integer.highestOneBit(Math.max(1, this.literals.length) * 2) * 2];
        this.firstIds = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        for (int id = this.literals.length - 1; id >= 0; id--) {
            String literal = this.literals[id];
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            int k = Math.min(KEY_CHARS, literal.length());
            long key = key(RuleText.pack(literal.substring(0, k)), k);
            int slot = slot(key);
            next[id] = keys[slot] == EMPTY ? -1 : firstIds[slot];
            keys[slot] = key;
            firstIds[slot] = id;
            if (k < KEY_CHARS) {
                shortStarts[literal.charAt(0) >>> 6] |= 1L << literal.charAt(0);
            } else {
                int h = gateHash(key);
                gate[h >>> 6] |= 1L << h;
            }
        }
    }

    /** Calls {@code found} with a literal's id at each place where the literal occurs in the text. */
    void scan(String text, IntConsumer found) {
        int n = text.length();
        long window = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((shortStarts[c >>> 6] & 1L << c) != 0) {
                report(text, i, key(c, 1), found);
                if (i + 1 < n) {
                    report(text, i, key((long) c << 16 | text.charAt(i + 1), 2), found);
                }
            }
            window = window << 16 | c;
            if (i + 1 >= KEY_CHARS) {
                long key = key(window & (1L << 16 * KEY_CHARS) - 1, KEY_CHARS);
                int h = gateHash(key);
                if ((gate[h >>> 6] & 1L << h) != 0) {
                    report(text, i + 1 - KEY_CHARS, key, found);
                }
            }
        }
    }

    /** Reports the literals filed under a key that occur at {@code start}. */
    private void report(String text, int start, long key, IntConsumer found) {
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            return;
        }
        for (int id = firstIds[slot]; id >= 0; id = next[id]) {
            if (text.startsWith(literals[id], start)) {
                found.accept(id);
            }
        }
    }

    /** A key of {@code k} packed characters, told from keys of other lengths. */
    private static long key(long packed, int k) {
        return packed << 2 | k;
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
