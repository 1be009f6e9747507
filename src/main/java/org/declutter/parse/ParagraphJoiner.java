package org.declutter.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits plain text into paragraphs, rejoining hard-wrapped lines (PDF extractions, e-mail,
 * fixed-width text) into whole paragraphs while keeping the lines of a line-oriented dump, where
 * every line is its own paragraph, apart.
 *
 * <p>Wrapped text shows itself by its line lengths: no line runs past one width, and many lines
 * end close to it. A line was broken by the wrapper, not by its writer, when the next line's
 * first word would not have fitted on it; a short line, or one the next word would have fitted
 * on, ends its paragraph. A dump of a web page has long paragraph lines far past any wrap width,
 * and its short menu lines would all have had room for the next one, so nothing in it is joined.
 */
public final class ParagraphJoiner {

    private static final int MAX_WRAP_WIDTH = 130;
    private static final int MIN_WRAP_WIDTH = 30;
    private static final int MIN_LINES = 5;
    /** A wrapped line's own length may fall this far short of the width (proportional fonts). */
    private static final double FIT_SLACK = 0.9;
    /** Lines longer than the width by this factor say the text is not wrapped at that width. */
    private static final double OVERFLOW = 1.25;

    private final int width;

    private ParagraphJoiner(int width) {
        this.width = width;
    }

    /** The paragraphs of a text, each on one line, blank lines and surrounding space removed. */
    public static List<String> paragraphs(String text) {
        String[] lines = lines(text);
        return new ParagraphJoiner(wrapWidth(lines)).split(lines);
    }

    /**
     * The text's lines, broken at CR LF, CR, LF and form feed, the last one too when empty, each
     * {@link String#strip stripped}. A scan rather than {@code split} with a regular expression,
     * which tried the expression at every character of the text and was the largest part of a
     * plain-text document's parse; and each line is cut out once, already stripped, rather than
     * cut out and then copied again without its indentation.
     */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                lines.add(stripped(text, start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(stripped(text, start, text.length()));
        return lines.toArray(String[]::new);
    }

    /** {@code text.substring(start, end).strip()}, in one copy. */
    private static String stripped(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private List<String> split(String[] lines) {
        List<String> out = new ArrayList<>();
        // The lines of the paragraph being read, joined when it ends: a one-line paragraph (a huge
        // single-line file) is then kept as it is, never copied through a growing buffer.
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            current.add(line);
            boolean continues = width > 0 && i + 1 < lines.length && continuesOnNextLine(line, lines[i + 1]);
            if (!continues) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private boolean continuesOnNextLine(String line, String next) {
        if (next.isEmpty() || startsListItem(next)) {
            return false;
        }
        if (line.length() + 1 + firstWord(next).length() > width * FIT_SLACK) {
            return true;
        }
        // A line cut short by a long word or a narrow font still continues in lower case.
        return !endsSentence(line) && Character.isLowerCase(next.codePointAt(0)) && line.length() >= width / 2;
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    /** A bullet or a number that opens a list item: "- ", "* ", "• ", "1. ", "2) ". */
    private static boolean startsListItem(String line) {
        char c = line.charAt(0);
        if ((c == '-' || c == '*' || c == '•' || c == '–' || c == '·') && line.length() > 1 && line.charAt(1) == ' ') {
            return true;
        }
        int i = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')') && line.charAt(i + 1) == ' ';
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;\"”’»)".indexOf(last) >= 0;
    }

    private static void flush(List<String> current, List<String> out) {
        if (current.size() == 1) {
            out.add(current.get(0));
        } else if (!current.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (String line : current) {
                append(joined, line);
            }
            out.add(joined.toString());
        }
        current.clear();
    }

    private static void append(StringBuilder current, String line) {
        if (current.length() == 0) {
            current.append(line);
            return;
        }
        int end = current.length() - 1;
        boolean hyphenated = current.charAt(end) == '-' && end > 0 && Character.isLetter(current.charAt(end - 1))
            && Character.isLowerCase(line.codePointAt(0));
        if (hyphenated) {
            current.setLength(end);
        } else {
            current.append(' ');
        }
        current.append(line);
    }

    /**
     * The width the text of these stripped lines is wrapped at, or 0 when it is not wrapped: the
     * 95th-percentile line length must be short, hardly any line may run past it, and at least a
     * third of the lines must end near it.
     */
    static int wrapWidth(String[] lines) {
        int[] lengths = Arrays.stream(lines).filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length < MIN_LINES) {
            return 0;
        }
        int width = lengths[(int) Math.floor((lengths.length - 1) * 0.95)];
        if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) {
            return 0;
        }
        long overflowing = Arrays.stream(lengths).filter(n -> n > width * OVERFLOW).count();
        if (overflowing * 50 > lengths.length) {
            return 0;
        }
        long near = Arrays.stream(lengths).filter(n -> n >= width * 0.8).count();
        return near * 3 >= lengths.length ? width : 0;
    }
}
