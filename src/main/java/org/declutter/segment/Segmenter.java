package org.declutter.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Set<String> SKIPPED_TAGS = Set.of(
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head",
        "select", "option", "button", "input", "textarea", "canvas", "video", "audio", "map", "datalist");
    private static final int PATH_DEPTH = 8;
    private static final java.util.regex.Pattern SPACED_BREAK = java.util.regex.Pattern.compile(" ?\n ?");
    /** Longest block, in characters; a hundred pages of prose. */
    static final int MAX_BLOCK_CHARS = 200_000;
    /** Nodes visited between two checks for interruption: cheap, and still prompt. */
    private static final int CHECK_EVERY = 4096;
    /** Utility classes of the common CSS frameworks that hide an element from every reader. */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "d-none", "invisible", "sr-only",
        "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only");

    /** Splits a page into blocks. */
    public List<Block> segment(Page page) {
        Walker walker = new Walker();
        NodeTraversor.filter(walker, page.dom().body() == null ? page.dom() : page.dom().body());
        walker.flush();
        return walker.blocks;
    }

    private static boolean hidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
            return true;
        }
        String classes = element.className();
        if (!classes.isEmpty()) {
            for (String name : classes.split("\\s+")) {
                if (HIDING_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The traversal state: open elements, their tags and class words, and the text being gathered. */
    private static final class Walker implements NodeFilter {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Deque<Element> openBlocks = new ArrayDeque<>();
        private final Deque<String> tags = new ArrayDeque<>();
        private final Map<String, Integer> tagCounts = new HashMap<>();
        private final Map<String, Integer> wordCounts = new HashMap<>();
        private final Deque<List<String>> wordsByDepth = new ArrayDeque<>();
        private int linkDepth;
        private int linkChars;
        private boolean lastWasBreak;
        private int visited;

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
            if (SKIPPED_TAGS.contains(tag) || hidden(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                if (lastWasBreak) {
                    flush();
                } else if (text.length() > 0) {
                    text.append('\n');
                    lastWasBreak = true;
                }
                return FilterResult.CONTINUE;
            }
            if (tag.equals("img") && element.hasAttr("alt")) {
                return FilterResult.CONTINUE;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                openBlocks.push(element);
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            tags.push(tag);
            tagCounts.merge(tag, 1, Integer::sum);
            List<String> words = ClassWords.of(element);
            wordsByDepth.push(words);
            for (String w : words) {
                wordCounts.merge(w, 1, Integer::sum);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (tag.equals("br") || tag.equals("img")) {
                return FilterResult.CONTINUE;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                openBlocks.pop();
            }
            if (tag.equals("a")) {
                linkDepth--;
            }
            tags.pop();
            release(tagCounts, tag);
            for (String w : wordsByDepth.pop()) {
                release(wordCounts, w);
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String raw) {
            int before = text.length();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\u200b' || c == '\ufeff') {
                    continue; // zero-width space and stray byte-order marks: invisible, not text
                }
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    int last = text.length() - 1;
                    if (last >= 0 && text.charAt(last) != ' ' && text.charAt(last) != '\n') {
                        text.append(' ');
                    }
                    if (text.length() >= MAX_BLOCK_CHARS) {
                        if (linkDepth > 0) {
                            linkChars += text.length() - before;
                        }
                        flush();
                        before = 0;
                    }
                } else {
                    text.append(c);
                    lastWasBreak = false;
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
        }

        void flush() {
            lastWasBreak = false;
            int links = linkChars;
            linkChars = 0;
            if (text.length() == 0) {
                return; // most flushes, at every block element's start and end, find nothing gathered
            }
            String content = SPACED_BREAK.matcher(text.toString().strip()).replaceAll("\n");
            text.setLength(0);
            if (content.isEmpty() || openBlocks.isEmpty()) {
                return;
            }
            Element owner = openBlocks.peek();
            blocks.add(new Block(blocks.size(), content, owner, path(), ancestorTags(), classWordSnapshot(),
                Math.min(links, content.length()), TextStats.of(content)));
        }

        private String path() {
            StringBuilder path = new StringBuilder();
            int i = 0;
            for (var it = tags.iterator(); it.hasNext() && i < PATH_DEPTH; i++) {
                String tag = it.next();
                path.insert(0, path.length() == 0 ? tag : tag + ">");
            }
            return path.toString();
        }

        private Set<String> ancestorTags() {
            return keysAboveZero(tagCounts);
        }

        private Set<String> classWordSnapshot() {
            return keysAboveZero(wordCounts);
        }

        /** Counts only hold keys above zero (see {@link #release}), so a snapshot is a copy of the keys. */
        private static Set<String> keysAboveZero(Map<String, Integer> counts) {
            return Set.copyOf(counts.keySet());
        }

        /** One fewer open element with this key; a key whose count drops to zero goes, keeping snapshots short. */
        private static void release(Map<String, Integer> counts, String key) {
            counts.merge(key, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
    }
}
