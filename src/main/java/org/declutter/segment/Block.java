package org.declutter.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * One unit of text the classifier decides on: a paragraph, heading, list item, table cell or row, or line,
 * with the features that tell article from boilerplate.
 *
 * @param index position in the document, from 0
 * @param text the block's text, whitespace normalised; line breaks kept where the source had them
 * @param element the innermost block-level element that holds the text; its tag, attributes and
 *     ancestors are the block's markup features, read from the tree when a filter asks (see
 *     {@link ClassWords}), never copied into every block
 * @param linkChars how many of the text's characters are inside links
 * @param stats word counts and punctuation of the text
 */
public record Block(int index, String text, Element element, int linkChars, TextStats stats) {

    public Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(element, "element");
    }

    /** The tag name of the element that holds the text. */
    public String tag() {
        return element.normalName();
    }

    /** Heading level 1 to 6, or 0 when the block is not a heading. */
    public int headingLevel() {
        String tag = tag();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    /** Share of the text's characters that are link text, 0 to 1. */
    public double linkDensity() {
        int length = text.length();
        return length == 0 ? 0 : Math.min(1.0, (double) linkChars / length);
    }

    /** Whether the element or one of its ancestors has this tag name. */
    public boolean within(String tagName) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals(tagName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the block is a row of a table of data: its cells' texts in one line, split by tabs
     * (which appear in no other block's text).
     */
    public boolean isTableRow() {
        return tag().equals("tr");
    }

    /** The cells of a row of a table of data, in order; none for any other block. */
    public List<Element> cells() {
        if (!isTableRow()) {
            return List.of();
        }
        List<Element> cells = new ArrayList<>();
        for (Element e : element.children()) {
            if (DataTables.isCell(e)) {
                cells.add(e);
            }
        }
        return cells;
    }

    /** Whether this block and {@code other} are rows of one table of data. */
    public boolean sameTableAs(Block other) {
        return isTableRow() && other.isTableRow() && table(element) == table(other.element);
    }

    private static Element table(Element row) {
        Element e = row.parent();
        while (e != null && !e.normalName().equals("table")) {
            e = e.parent();
        }
        return e;
    }

    /** Number of words, see {@link TextStats#words()}. */
    public int words() {
        return stats.words();
    }
}
