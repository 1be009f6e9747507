package org.declutter.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.declutter.parse.Page;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page's tree into an ordered list of {@link Block}s. Text is gathered until a block-level
 * element opens or closes (or two line breaks follow each other), so inline markup never splits a
 * paragraph. Subtrees that never hold readable text (scripts, styles, forms' controls, hidden
 * elements) are skipped.
 *
 * <p>The walk is iterative, so arbitrarily deep trees cannot overflow the stack. A paragraph longer
 * than {@value #MAX_BLOCK_CHARS} characters (a text file that is one huge line) is cut at a space
 * into blocks of about that size, so the work and memory spent on any one block stay bounded.
 * The walk stops with a {@link CancellationException} when its thread is interrupted, so a caller
 * that gave up on a document does not leave the walk running.
 */
public final class Segmenter {

    private static final Set<String> BLOCK_TAGS = Set.of(
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "legend",
        "caption", "frameset", "noframes", "time");
    /**
     * Tags that make a block of their own where they stand apart (a page's date line, which the
     * rules then tell from the byline beside it) but run on inside a block of text: "Published
     * {@code <time>}January 1{@code </time>} at noon" is one sentence, not three.
     */
    private static final Set<String> BLOCKS_OUTSIDE_TEXT = Set.of("time");
    /** The blocks that hold running text. */
    private static final Set<String> TEXT_BLOCKS = Set.of(
        "p", "li", "dd", "dt", "td", "th", "blockquote", "figcaption", "caption", "summary", "legend",
        "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SKIPPED_TAGS = Set.of(
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head",
        "select", "option", "button", "input", "textarea", "canvas", "video", "audio", "map", "datalist");
    /** Longest block, in characters; a hundred pages of prose. */
    static final int MAX_BLOCK_CHARS = 200_000;
    /** The ASCII characters that are white space ({@link Character#isWhitespace}), as bits by code. */
    private static final long ASCII_SPACES = asciiSpaces();
    /** Nodes visited between two checks for interruption: cheap, and still prompt. */
    private static final int CHECK_EVERY = 4096;

    private static long asciiSpaces() {
        long bits = 0;
        for (char c = 0; c <= ' '; c++) {
            bits |= Character.isWhitespace(c) ? 1L << c : 0;
        }
        return bits;
    }

    /** Splits a page into blocks. */
    public List<Block> segment(Page page) {
        Walker walker = new Walker();
        NodeTraversor.filter(walker, page.dom().body() == null ? page.dom() : page.dom().body());
        walker.flush();
        return walker.blocks;
    }

    /**
     * The text gathered for one block, trimmed, with the space on either side of a line break
     * dropped: the spaces were the markup's indentation around a {@code <br>}.
     */
    private static String blockText(CharSequence gathered) {
        String text = gathered.toString().strip();
        if (text.indexOf('\n') < 0) {
            return text; // most blocks: a paragraph without line breaks
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n') {
                out.append(c);
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
            out.append('\n');
            if (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The text of a row of data: its cells split by tabs, the first kept in its column even when
     * empty; nothing when every cell is.
     */
    private static String rowText(CharSequence gathered) {
        String text = gathered.toString().stripTrailing();
        return text.isBlank() ? "" : text;
    }

    /**
     * The text of a {@code <pre>} block: its lines as written, without the blank lines around them
     * or the spaces that end a line.
     */
    private static String preformattedText(CharSequence gathered) {
        String[] lines = gathered.toString().split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        while (first <= last && lines[first].isBlank()) {
            first++;
        }
        while (last >= first && lines[last].isBlank()) {
            last--;
        }
        StringBuilder out = new StringBuilder(gathered.length());
        for (int i = first; i <= last; i++) {
            out.append(lines[i].stripTrailing()).append(i < last ? "\n" : "");
        }
        return out.toString();
    }

    /**
     * Characters that show nothing and join or split nothing a reader sees: the zero-width space,
     * the byte-order mark, the word joiner and the soft hyphen (a hint where a word may break,
     * which left in would split "Not\u00adfall" for a search). Dropped from every block's text, and
     * from the page's metadata.
     */
    public static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\ufeff' || c == '\u2060' || c == '\u00ad';
    }

    /** The traversal state: open block elements, link nesting, and the text being gathered. */
    private static final class Walker implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Deque<Element> openBlocks = new ArrayDeque<>();
        /** How many {@code <pre>} elements the walk is inside: their text keeps its white space. */
        private int preformatted;
        private int linkDepth;
        private int linkChars;
        private boolean lastWasBreak;
        /** Whether the gathered text is empty or ends in a space or line break: no space is due. */
        private boolean spaced = true;
        private int visited;
        /** The table of data the walk is in ({@link DataTables}), whose rows are blocks; or null. */
        private Element dataTable;
        /** Where the cells of the table of data fall, row after row. */
        private RowLayout layout;
        /** The tabs written in the row being read: the column its text has reached. */
        private int tabs;

        @Override
        public FilterResult head(Node node, int depth) {
            if (++visited % CHECK_EVERY == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (SKIPPED_TAGS.contains(tag) || Visibility.hidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("pre")) {
                preformatted++;
            }
            if (tag.equals("table") && dataTable == null && DataTables.isData(element)) {
                dataTable = element;
                layout = new RowLayout();
            }
            if (inDataRow() && DataTables.isCell(element)) {
                startCell(element);
            } else if (tag.equals("br") && inDataRow()) {
                space();
            } else if (tag.equals("br") && preformatted > 0) {
                text.append('\n');
            } else if (tag.equals("br")) {
                if (lastWasBreak) {
                    flush();
                } else if (text.length() > 0) {
                    text.append('\n');
                    lastWasBreak = true;
                    spaced = true;
                }
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (BLOCK_TAGS.contains(tag) && inDataRow()) {
                space(); // a cell's <div>s: "Mon 3 June", not "Mon3 June"
            } else if (BLOCK_TAGS.contains(tag) && !(BLOCKS_OUTSIDE_TEXT.contains(tag) && inText())) {
                flush();
                openBlocks.push(element);
                if (tag.equals("tr") && dataTable != null) {
                    layout.startRow();
                    tabs = 0;
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Whether the innermost open block is a row of a table of data. */
        private boolean inDataRow() {
            return dataTable != null && !openBlocks.isEmpty() && openBlocks.peek().normalName().equals("tr");
        }

        /**
         * A cell of a row of data: as many tabs before it as the column it takes, so that the row's
         * cells stay in their columns, an empty one too, whatever the cells before it and above it
         * span.
         */
        private void startCell(Element cell) {
            int column = layout.place(DataTables.span(cell, "colspan"), DataTables.span(cell, "rowspan"));
            if (column > tabs) {
                int end = text.length();
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
                text.setLength(end);
                text.append("\t".repeat(column - tabs));
                tabs = column;
            }
            spaced = true;
        }

        /** A space, unless one is there already. */
        private void space() {
            if (!spaced) {
                text.append(' ');
                spaced = true;
            }
        }

        /** Whether the innermost open block holds running text. */
        private boolean inText() {
            return !openBlocks.isEmpty() && TEXT_BLOCKS.contains(openBlocks.peek().normalName());
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BLOCK_TAGS.contains(tag) && openBlocks.peek() == element) {
                // An element that ran on inside a block of text opened none.
                flush();
                openBlocks.pop();
            }
            if (tag.equals("pre")) {
                preformatted--;
            }
            if (element == dataTable) {
                dataTable = null;
                layout = null;
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String raw) {
            if (preformatted > 0) {
                appendPreformatted(raw);
                return;
            }
            int before = text.length();
            int i = 0;
            while (i < raw.length()) {
                char c = raw.charAt(i);
                if (isSpace(c)) {
                    i++;
                    space();
                    if (text.length() >= MAX_BLOCK_CHARS) {
                        if (linkDepth > 0) {
                            linkChars += text.length() - before;
                        }
                        flush();
                        before = 0;
                    }
                } else if (isInvisible(c)) {
                    i++;
                } else {
                    // A word is copied in one go rather than a character at a time.
                    int end = i + 1;
                    while (end < raw.length() && !isSpace(raw.charAt(end)) && !isInvisible(raw.charAt(end))) {
                        end++;
                    }
                    text.append(raw, i, end);
                    i = end;
                    lastWasBreak = false;
                    spaced = false;
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
        }

        /**
         * Text inside {@code <pre>} as it is written: code and poems keep their lines and their
         * indentation. Only invisible characters go, and carriage returns, which end lines in
         * Windows text along with the line feed.
         */
        private void appendPreformatted(String raw) {
            int before = text.length();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (!isInvisible(c) && c != '\r') {
                    text.append(c);
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
            if (text.length() > before) {
                lastWasBreak = false;
                spaced = false;
            }
        }

        /** White space, asked of every character of a page's text: ASCII first, without Unicode's tables. */
        private static boolean isSpace(char c) {
            if (c < 0x80) {
                return c <= ' ' && (ASCII_SPACES >>> c & 1) != 0;
            }
            // NEL, a C1 control, ends a line in some legacy text; read as U+0085 it left words glued.
            return Character.isWhitespace(c) || c == '\u00a0' || c == '\u0085';
        }

        void flush() {
            lastWasBreak = false;
            int links = linkChars;
            linkChars = 0;
            if (text.length() == 0) {
                return; // most flushes, at every block element's start and end, find nothing gathered
            }
            String content = preformatted > 0 ? preformattedText(text) : inDataRow() ? rowText(text) : blockText(text);
            text.setLength(0);
            spaced = true;
            if (content.isEmpty() || openBlocks.isEmpty()) {
                return;
            }
            blocks.add(new Block(blocks.size(), content, openBlocks.peek(), Math.min(links, content.length()),
                TextStats.of(content)));
        }
    }
}
