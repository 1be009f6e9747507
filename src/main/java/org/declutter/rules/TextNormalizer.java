package org.declutter.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts text into the form rules are matched against: compatibility-normalised, lower-cased, typographic
 * quotes and dashes made plain, runs of white space made one space.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The matching form of a text. */
    public static String normalize(String text) {
        if (isAscii(text)) {
            // Most blocks: ASCII is its own compatibility form, and lower-cases a character at a
            // time, so one pass does everything.
            return fold(text, true);
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
