package org.declutter.render;

import java.util.ArrayList;
import java.util.List;
import org.declutter.Result;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * Markdown: headings as {@code #}, list items as {@code -} (or {@code 1.} in ordered lists, items
 * of one list on consecutive lines, a nested list indented under its item), quotes as {@code >},
 * code as fenced blocks, tables of data as pipe tables. The text itself is escaped
 * ({@link #escaped}): a paragraph that starts "1." or "# " stays a paragraph, "*important*" stays as
 * written, and text that reads as HTML ({@code <script>}) is not passed to a viewer as markup.
 */
public final class MarkdownRenderer implements Renderer {

    /** Characters that are markup wherever they stand. */
    private static final String INLINE_MARKUP = "\\`*_[]<&";
    /** Characters that are markup at the start of a line. */
    private static final String LINE_MARKERS = "#>-+=";

    private final boolean withTitle;

    /** A Markdown renderer; {@code withTitle} puts the headline on top as a level-1 heading. */
    public MarkdownRenderer(boolean withTitle) {
        this.withTitle = withTitle;
    }

    @Override
    public String render(Result result) {
        StringBuilder out = new StringBuilder();
        String title = result.metadata().title();
        if (withTitle && title != null) {
            out.append("# ").append(escaped(title)).append("\n\n");
        }
        Block previous = null;
        Element previousItem = null;
        List<Block> kept = result.kept();
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            if (b.isTableRow()) {
                int end = i + 1;
                while (end < kept.size() && kept.get(end).sameTableAs(b)) {
                    end++;
                }
                Element holder = holder(b.element());
                String prefix = holder == null ? ""
                    : holder.normalName().equals("blockquote") ? "> "
                    : nesting(holder) + " ".repeat(listMarker(holder).length());
                out.append(previous == null ? "" : "\n\n")
                    .append(prefix).append(table(kept.subList(i, end)).replace("\n", "\n" + prefix));
                previous = kept.get(end - 1);
                previousItem = holder != null && holder.normalName().equals("li") ? holder : null;
                i = end - 1;
                continue;
            }
            Element item = item(b);
            // A later paragraph of an item, after its first or after a list nested in it.
            boolean continued = item != null && previousItem != null && (item == previousItem || holds(item, previousItem));
            if (previous != null) {
                // Items of one list on consecutive lines; a later paragraph of an item apart.
                boolean sameList = !continued && item != null && previousItem != null
                    && outermostList(item) == outermostList(previousItem);
                out.append(sameList ? "\n" : "\n\n");
            }
            out.append(markdown(b, item, continued));
            previous = b;
            previousItem = item;
        }
        if (previous == null) {
            // No body: the title alone, as one line, or nothing.
            return out.length() == 0 ? "" : out.substring(0, out.length() - 1);
        }
        return out.append('\n').toString();
    }

    /**
     * Rows of one table as a pipe table (GitHub's, which most Markdown readers take): the first row
     * as its header, every row as wide as the widest.
     */
    private static String table(List<Block> rows) {
        List<String[]> cells = new ArrayList<>();
        int columns = 0;
        for (Block row : rows) {
            String[] split = row.text().split("\t", -1);
            cells.add(split);
            columns = Math.max(columns, split.length);
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            out.append(r == 0 ? "" : "\n").append('|');
            for (int c = 0; c < columns; c++) {
                String cell = c < cells.get(r).length ? cells.get(r)[c] : "";
                out.append(' ').append(escaped(cell).replace("|", "\\|")).append(" |");
            }
            if (r == 0) {
                out.append("\n|").append(" --- |".repeat(columns));
            }
        }
        return out.toString();
    }

    /** The list item or quote a table's row sits in, nearest first, or {@code null}. */
    private static Element holder(Element row) {
        for (Element e = row.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("li") || tag.equals("blockquote")) {
                return e;
            }
            if (tag.equals("body") || tag.equals("article") || tag.equals("main")) {
                return null;
            }
        }
        return null;
    }

    /** Whether {@code outer} holds {@code inner} among its descendants. */
    private static boolean holds(Element outer, Element inner) {
        for (Element e = inner.parent(); e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }

    /**
     * The list item a block is, or opens: the {@code li} itself, or the {@code li} whose paragraph it
     * is ({@code <li><p>...</p></li>}, as many pages write their items); else {@code null}.
     */
    private static Element item(Block b) {
        Element element = b.element();
        if (element.normalName().equals("li")) {
            return element;
        }
        Element parent = element.parent();
        return parent != null && parent.normalName().equals("li") ? parent : null;
    }

    /**
     * A block as Markdown; {@code item}: the list item it is or opens, or {@code null};
     * {@code continued}: a later paragraph of the list item before it.
     */
    private static String markdown(Block b, Element item, boolean continued) {
        int level = b.headingLevel();
        if (level > 0) {
            return "#".repeat(level) + " " + escaped(b.text().replace('\n', ' '));
        }
        if (b.tag().equals("pre")) {
            // A fence longer than any run of backticks in the code, which would otherwise close it.
            String fence = "`".repeat(Math.max(3, longestRun(b.text(), '`') + 1));
            return fence + "\n" + b.text() + "\n" + fence;
        }
        String text = escaped(b.text());
        if (item != null) {
            String marker = listMarker(item);
            String nesting = nesting(item);
            String indent = nesting + " ".repeat(marker.length());
            return (continued ? indent : nesting + marker) + text.replace("\n", "\n" + indent);
        }
        if (b.within("blockquote")) {
            return "> " + text.replace("\n", "\n> ");
        }
        return text.replace("\n", "  \n");
    }

    /**
     * Text with the characters Markdown would read as markup escaped by a backslash, as CommonMark
     * allows for any ASCII punctuation: emphasis, code, links and HTML anywhere ({@code * _ ` [ ] <
     * & \}), and at the start of a line the markers of headings, quotes, lists and underlined
     * headings ({@code # > - + =}, and the {@code .} or {@code )} after a number).
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart) {
                if (LINE_MARKERS.indexOf(c) >= 0) {
                    out.append('\\');
                } else if (Character.isDigit(c)) {
                    int end = i;
                    while (end < text.length() && Character.isDigit(text.charAt(end))) {
                        end++;
                    }
                    if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')')) {
                        out.append(text, i, end).append('\\').append(text.charAt(end));
                        i = end;
                        lineStart = false;
                        continue;
                    }
                }
            }
            if (INLINE_MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n';
        }
        return out.toString();
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * The indentation of an item of a list inside another list's item: as wide as the markers of
     * the items it is inside, which is where CommonMark reads a nested list.
     */
    private static String nesting(Element item) {
        StringBuilder indent = new StringBuilder();
        for (Element outer = enclosingItem(item); outer != null; outer = enclosingItem(outer)) {
            indent.append(" ".repeat(listMarker(outer).length()));
        }
        return indent.toString();
    }

    /** The list item whose list holds {@code item}'s list, or {@code null}. */
    private static Element enclosingItem(Element item) {
        Element list = item.parent();
        for (Element e = list == null ? null : list.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("li")) {
                return e;
            }
            if (!tag.equals("div") && !tag.equals("span")) {
                return null;
            }
        }
        return null;
    }

    /** The list that holds {@code item}, or the list of the item it is nested in, outermost. */
    private static Element outermostList(Element item) {
        Element outer = item;
        for (Element e = enclosingItem(item); e != null; e = enclosingItem(e)) {
            outer = e;
        }
        return outer.parent();
    }

    /** "- ", or in an ordered list the item's number, counted from the list's {@code start}. */
    private static String listMarker(Element item) {
        Element list = item.parent();
        if (list == null || !list.normalName().equals("ol")) {
            return "- ";
        }
        int number;
        try {
            number = Integer.parseInt(list.attr("start").strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        for (Element sibling = item.previousElementSibling(); sibling != null; sibling = sibling.previousElementSibling()) {
            number += sibling.normalName().equals("li") ? 1 : 0;
        }
        return number + ". ";
    }
}
