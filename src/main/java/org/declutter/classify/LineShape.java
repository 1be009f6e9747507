package org.declutter.classify;

/**
 * The shape of a short line with numbers in it: runs of letters become {@code a}, runs of digits
 * {@code 0}, punctuation stays. "October 7, 2025 at 8:32 am" and "March 2, 2020 at 10:05 pm" have
 * one shape; a shape that repeats down a page is the header of a repeated record (a comment, a
 * listing), not a line of an article.
 */
final class LineShape {

    private static final int MAX_CHARS = 80;

    private LineShape() {
    }

    /** The line's shape, or {@code null} when the line is long or has no digits. */
    static String of(String line) {
        if (line.length() > MAX_CHARS) {
            return null;
        }
        StringBuilder shape = new StringBuilder(line.length());
        boolean digits = false;
        char last = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            char c;
            if (Character.isLetter(cp)) {
                c = 'a';
            } else if (Character.isDigit(cp)) {
                c = '0';
                digits = true;
            } else if (Character.isWhitespace(cp)) {
                c = ' ';
            } else {
                shape.appendCodePoint(cp);
                last = 0;
                continue;
            }
            if (c != last) {
                shape.append(c);
            }
            last = c;
        }
        return digits ? shape.toString() : null;
    }
}
