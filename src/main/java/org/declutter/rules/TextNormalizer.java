package org.declutter.rules;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.Locale;

/**
 * Puts text into the form rules are matched against: compatibility-normalised, lower-cased, typographic
 * quotes and dashes made plain, runs of white space made one space.
 */
public final class TextNormalizer {

    /**
     * The characters, among those {@link #isStable} looks at, that have a compatibility form of their
     * own (a no-break space, superscripts, fractions, ligatures, modifier letters, Greek symbol
     * forms, the ellipsis ...).
     */
    private static final String UNSTABLE = "\u00a0\u00a8\u00aa\u00af\u00b2\u00b3\u00b4\u00b5\u00b8\u00b9\u00ba"
        + "\u00bc\u00bd\u00be\u0132\u0133\u013f\u0140\u0149\u017f\u01c4\u01c5\u01c6\u01c7\u01c8\u01c9\u01ca"
        + "\u01cb\u01cc\u01f1\u01f2\u01f3\u02b0\u02b1\u02b2\u02b3\u02b4\u02b5\u02b6\u02b7\u02b8\u02d8\u02d9"
        + "\u02da\u02db\u02dc\u02dd\u02e0\u02e1\u02e2\u02e3\u02e4\u0374\u037a\u037e\u0384\u0385\u0387\u03d0"
        + "\u03d1\u03d2\u03d3\u03d4\u03d5\u03d6\u03f0\u03f1\u03f2\u03f4\u03f5\u03f9\u2011\u2017\u2024\u2025"
        + "\u2026";
    private static final int STABLE_BELOW = 0x2028;
    private static final BitSet STABLE = stable();

    private TextNormalizer() {
    }

    /** The matching form of a text. */
    public static String normalize(String text) {
        if (isAscii(text)) {
            // Most blocks: ASCII is its own compatibility form, and lower-cases a character at a
            // time, so one pass does everything.
            return fold(text, true);
        }
        String s = isStable(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)
            ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return fold(s, false).toLowerCase(Locale.ROOT);
    }

    /** Quotes and dashes made plain, white space folded, and ASCII capitals lowered if asked. */
    private static String fold(String s, boolean lowerAscii) {
        char[] out = new char[s.length()];
        int length = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '‘', '’', '‚', '′' -> c = '\'';
                case '“', '”', '„', '″', '«', '»' -> c = '"';
                case '–', '—', '‒', '−' -> c = '-';
                default -> { }
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = length > 0;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = lowerAscii && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(out, 0, length);
    }

    /**
     * Whether the text is made only of characters that are their own compatibility form and never
     * combine with a neighbour (Latin, Greek and Cyrillic letters, the typographic quotes and
     * dashes), so that it is its own NFKC form. Most non-ASCII blocks are: a curly quote or an
     * accented letter. Asking {@link Normalizer} costs another pass, and its first use loads
     * Unicode's tables (about 8 ms in a fresh JVM).
     */
    private static boolean isStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isStable(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the character is its own NFKC form in any text; see {@link #isStable(String)}. */
    static boolean isStable(char c) {
        return c < STABLE_BELOW && STABLE.get(c);
    }

    private static BitSet stable() {
        BitSet stable = new BitSet(STABLE_BELOW);
        stable.set(0, 0x300);
        // Not the combining marks (U+0300-036F, U+0483-0489), which join the letter before them.
        stable.set(0x370, 0x483);
        stable.set(0x48a, 0x530);
        stable.set(0x2010, STABLE_BELOW);
        UNSTABLE.chars().forEach(stable::clear);
        return stable;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
