package org.declutter.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits plain text into paragraphs, rejoining hard-wrapped lines (PDF extractions, e-mail,
 * fixed-width text) into whole paragraphs while keeping the lines of a line-oriented dump, where
 * every line is its own paragraph, apart.
 *
 * <p>Wrapped text shows itself by its line lengths: almost every line stops short of one width,
 * and many lines end close to it. A dump of a web page has long paragraph lines far past any wrap
 * width and short menu lines of every length.
 */
public final class ParagraphJoiner {

    private static final int MAX_WRAP_WIDTH = 130;
    private static final int MIN_LINES = 5;
    private static final double NEAR_WIDTH = 0.75;

    private ParagraphJoiner() {
    }

    /** The paragraphs of a text, each on one line, blank lines and surrounding space removed. */
    public static List<String> paragraphs(String text) {
        String[] lines = text.split("\r\n|\r|\n|\f", -1);
        int width = wrapWidth(lines);
        List<String> out = new ArrayList<>();
        // The lines of the paragraph being read, joined when it ends: a one-line paragraph (a huge
        // single-line file) is then kept as it is, never copied through a growing buffer.
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            current.add(line);
            boolean continues = width > 0 && i + 1 < lines.length && continuesOnNextLine(line, lines[i + 1].strip(), width);
            if (!continues) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static boolean continuesOnNextLine(String line, String next, int width) {
        if (next.isEmpty()) {
            return false;
        }
        if (line.length() >= width * NEAR_WIDTH) {
            return true;
        }
        // A short line followed by a lower-case start is a wrap at a long word.
        return !endsSentence(line) && Character.isLowerCase(next.codePointAt(0)) && line.length() >= width / 2;
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
     * The width the text is wrapped at, or 0 when it is not wrapped: the 95th-percentile line
     * length must be short, and at least a third of the lines must end near it.
     */
    static int wrapWidth(String[] lines) {
        int[] lengths = Arrays.stream(lines).map(String::strip).filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length < MIN_LINES) {
            return 0;
        }
        int width = lengths[(int) Math.floor((lengths.length - 1) * 0.95)];
        if (width > MAX_WRAP_WIDTH || width < 30) {
            return 0;
        }
        long near = Arrays.stream(lengths).filter(n -> n >= width * 0.8).count();
        return near * 3 >= lengths.length ? width : 0;
    }
}
