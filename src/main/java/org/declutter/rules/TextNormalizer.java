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
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
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
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
