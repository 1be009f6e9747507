package org.declutter.classify;

import java.util.List;

/**
 * Extends an article over the list it leads into. List items are short and score as labels, so
 * the stretch of prose stops above them; but items numbered one after another ("1) ...", "2) ...",
 * each perhaps followed by a line of its own), or the items under a line that ends in a colon
 * ("Tour dates:") that all carry numbers or all start with one bullet, are written, not a site's
 * menu, and belong to the article.
 */
final class ListExtension {

    /** Most lines between one item and the next: the item's own link, price or note. */
    private static final int MAX_GAP = 3;
    private static final int MIN_ITEMS = 3;

    private ListExtension() {
    }

    /**
     * The last line of the list that follows {@code end}, or {@code end} when none does. A list
     * stops at a line in {@code stop} (the page's tail).
     */
    static int extendEnd(List<String> lines, int end, boolean[] stop) {
        int numbered = numberedEnd(lines, end, stop);
        return numbered > end ? numbered : introducedEnd(lines, end, stop);
    }

    /**
     * The end of the items under a line ending in a colon: lines that all hold a digit, or all
     * start with the first item's bullet.
     */
    private static int introducedEnd(List<String> lines, int end, boolean[] stop) {
        if (end + 1 >= lines.size() || !lines.get(end).endsWith(":")) {
            return end;
        }
        String first = lines.get(end + 1);
        boolean digits = hasDigit(first);
        char bullet = Character.isLetterOrDigit(first.charAt(0)) ? 0 : first.charAt(0);
        if (!digits && bullet == 0) {
            return end;
        }
        int last = end;
        for (int i = end + 1; i < lines.size() && !stop[i]; i++) {
            String line = lines.get(i);
            if (digits ? !hasDigit(line) : line.charAt(0) != bullet) {
                break;
            }
            last = i;
        }
        return last - end >= MIN_ITEMS ? last : end;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last line of the numbered list that starts within a few lines after {@code end}. The
     * list must count on from the last item at or above {@code end}, or start at 1.
     */
    private static int numberedEnd(List<String> lines, int end, boolean[] stop) {
        int expected = 1;
        for (int i = end; i >= 0 && i > end - MAX_GAP; i--) {
            int number = number(lines.get(i));
            if (number > 0) {
                expected = number + 1;
                break;
            }
        }
        int items = 0;
        int last = end;
        int gap = 1;
        for (int i = end + 1; i < lines.size() && i - last <= MAX_GAP && !stop[i]; i++) {
            if (number(lines.get(i)) == expected) {
                gap = i - last;
                last = i;
                expected++;
                items++;
            }
        }
        if (items < MIN_ITEMS) {
            return end;
        }
        // The last item keeps as many lines of its own as the items before it had.
        int through = last;
        while (through + 1 < lines.size() && through + 1 - last < gap && !stop[through + 1]) {
            through++;
        }
        return through;
    }

    /** The number a line starts with as a list item ("12) ", "3. "), or 0. */
    static int number(String line) {
        int i = 0;
        int value = 0;
        while (i < line.length() && i < 3 && Character.isDigit(line.charAt(i))) {
            value = value * 10 + line.charAt(i) - '0';
            i++;
        }
        boolean item = i > 0 && i + 1 < line.length() && (line.charAt(i) == ')' || line.charAt(i) == '.')
            && line.charAt(i + 1) == ' ';
        return item ? value : 0;
    }
}
