package org.declutter.cli;

/**
 * Writes a name (and a reason that quotes one) as one line of a terminal or a log: control
 * characters as C escapes ({@code \n}, {@code \t}, {@code \r}, else {@code \xHH}) and the backslash
 * doubled, as {@code ls -b} writes names. A file may be called {@code "a\nb.txt"}; unescaped, its
 * error line would be two lines, and a script reading one {@code declutter: NAME: reason} a line
 * would misread both.
 */
final class PrintableNames {

    private PrintableNames() {
    }

    /** The text with its control characters and backslashes escaped; the text itself when it has none. */
    static String of(String text) {
        int i = 0;
        while (i < text.length() && !escaped(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (escaped(c)) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean escaped(char c) {
        return c < 0x20 || c == 0x7f || c == '\\' || c >= 0x80 && c < 0xa0;
    }
}
